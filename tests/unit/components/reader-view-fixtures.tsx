/** What the ReaderView tests share: an article with two clips, a client that answers from a table, and ways to read what rendered. */
import { vi } from 'vitest';
import type { LegibleClient } from '../../../components/legible-client';
import type { PageControls } from '../../../components/PagePanel';
import { ReaderView } from '../../../components/ReaderView';
import type { SpeechEngine } from '../../../components/speech';
import type { AppearanceStore } from '../../../components/use-appearance';
import type { ReaderDocument } from '../../../core/extract/reader-document';
import type { MediaRef } from '../../../core/media/types';
import { DEFAULT_APPEARANCE, type Appearance } from '../../../core/settings/appearance';
import type { TranscriptResult } from '../../../core/transcripts/types';
import { POPOVER_OPEN_ATTRIBUTE } from '../../support/popover-for-happy-dom';
import { renderWithI18n, type Rendered } from './render-with-i18n';

export const PAGE_URL = 'https://news.example/harbour';

export function clip(id: string, title: string): MediaRef {
  return {
    id,
    mediaType: 'video',
    title,
    pageUrl: PAGE_URL,
    source: 'html5',
    tracks: [{ url: `https://media.example/${id}.vtt`, kind: 'captions', lang: 'en', isDefault: true }],
  };
}

export const FERRY = clip('media-1', 'The last ferry of the night');
export const CRANE = clip('media-2', 'Crane operators at dawn');

export function article(overrides: Partial<ReaderDocument> = {}): ReaderDocument {
  return {
    title: 'The harbour that never sleeps',
    byline: 'Ada Quayside',
    siteName: 'Harbour News',
    lang: 'en',
    dir: 'ltr',
    readingMinutes: 4,
    url: PAGE_URL,
    contentHtml: [
      '<p>Night shifts on the quay begin at ten.</p>',
      `<figure data-legible-media="${FERRY.id}"><p>${FERRY.title}</p></figure>`,
      '<p>By dawn the cranes take over.</p>',
      `<figure data-legible-media="${CRANE.id}"><p>${CRANE.title}</p></figure>`,
    ].join(''),
    media: [FERRY, CRANE],
    ...overrides,
  };
}

export function transcriptOf(...texts: string[]): TranscriptResult {
  return {
    ok: true,
    transcript: {
      cues: texts.map((text, i) => ({ start: i * 4, end: i * 4 + 4, text })),
      lang: 'en',
      sourceUrl: 'https://media.example/captions.vtt',
    },
  };
}

/** A LegibleClient that answers each clip from a table, recording what it was asked. */
export function fakeClient(answers: Record<string, TranscriptResult>) {
  const getTranscript = vi.fn(async (media: MediaRef): Promise<TranscriptResult> => {
    const answer = answers[media.id];
    if (!answer) throw new Error(`unexpected clip ${media.id}`);
    return answer;
  });
  return { getTranscript } satisfies LegibleClient;
}

export const noCaptions: TranscriptResult = { ok: false, reason: 'none', detail: 'no tracks' };

let rendered: Rendered | undefined;

/** Unmounts the reader the last renderReader made; each test file runs it after each test. */
export function unmountReader(): void {
  rendered?.unmount();
  rendered = undefined;
}

/** An AppearanceStore that keeps what it is given, or fails as told. */
export function fakeAppearanceStore(options: { failWith?: string } = {}) {
  const saved: Appearance[] = [];
  const fonts: string[] = [];
  const store: AppearanceStore = {
    save: vi.fn(async (appearance: Appearance) => {
      if (options.failWith) throw new Error(options.failWith);
      saved.push(appearance);
    }),
    loadFont: (font) => fonts.push(font),
  };
  return { store, saved, fonts };
}

type ReaderProps = {
  doc?: ReaderDocument;
  client?: LegibleClient;
  transcriptsEnabled?: boolean;
  page?: PageControls;
  appearance?: Appearance;
  store?: AppearanceStore;
  speech?: SpeechEngine;
  onClose?: () => void;
};

export function renderReader(props: ReaderProps = {}) {
  const client = props.client ?? fakeClient({ [FERRY.id]: noCaptions, [CRANE.id]: noCaptions });
  rendered = renderWithI18n(
    <ReaderView
      article={props.doc ?? article()}
      client={client}
      transcriptsEnabled={props.transcriptsEnabled ?? true}
      page={props.page}
      appearance={{ initial: props.appearance ?? DEFAULT_APPEARANCE, store: props.store ?? fakeAppearanceStore().store }}
      speech={props.speech}
      onClose={props.onClose ?? (() => {})}
    />,
  );
  return rendered.container;
}

export function slot(container: HTMLElement, id: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`figure[data-legible-media="${id}"]`);
  if (!found) throw new Error(`no slot for ${id}`);
  return found;
}

export function panel(container: HTMLElement): HTMLElement {
  const aside = container.querySelector('aside');
  if (!aside) throw new Error('no transcript panel');
  return aside;
}

export function cueTexts(root: Element): string[] {
  return Array.from(root.querySelectorAll('.cue-text'), (el) => el.textContent ?? '');
}

/** The toolbar's own buttons, in order (not the items of its More menu). */
export function toolbarButtons(container: HTMLElement): HTMLButtonElement[] {
  return Array.from(container.querySelectorAll<HTMLButtonElement>('[role="toolbar"] > button, [role="toolbar"] > .menu-button > button'));
}

/** The items of the toolbar's More menu, by name. */
export function moreItem(container: HTMLElement, name: string): HTMLButtonElement | undefined {
  return Array.from(container.querySelectorAll<HTMLButtonElement>('[role="toolbar"] [role="menuitem"]')).find(
    (item) => item.textContent === name,
  );
}

/** Whether a floating panel is shown (see tests/support/popover-for-happy-dom.ts). */
export function isShown(panel: Element): boolean {
  return panel.hasAttribute(POPOVER_OPEN_ATTRIBUTE);
}
