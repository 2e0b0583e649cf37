import type { Page } from 'puppeteer-core';
import { evaluateIn } from './browser-driver/evaluate';

/** What a person sees in the open reader, read from its shadow root. */
export type ReaderSnapshot = {
  title: string;
  meta: string;
  /** Timed lines in the transcript panel, across all clips. */
  transcriptLines: number;
  /** Each clip card's title and status line, in article order. */
  cards: { title: string; status: string; lines: number }[];
  focusedId: string;
};

/** Reads the open reader as a person would see it. */
export function readReader(page: Page): Promise<ReaderSnapshot> {
  return evaluateIn(page, (): ReaderSnapshot => {
    const root = document.querySelector('legible-reader')?.shadowRoot;
    if (!root) throw new Error('The reader is not open');
    function text(el: Element | null | undefined): string {
      return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    }
    return {
      title: text(root.querySelector('article h1')),
      meta: text(root.querySelector('article .meta')),
      transcriptLines: root.querySelectorAll('.transcript-panel .cue').length,
      cards: Array.from(root.querySelectorAll('figure[data-legible-media]'), (figure) => ({
        title: text(figure.querySelector('.media-title')),
        status: text(figure.querySelector('.transcript-status')),
        lines: figure.querySelectorAll('.cue').length,
      })),
      focusedId: root.activeElement?.id ?? '',
    };
  });
}
