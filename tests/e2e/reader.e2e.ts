import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIn, pollPage } from '../../tools/browser-driver';
import { readReader } from '../../tools/reader-probe';
import {
  BROWSERS,
  isReaderOpen,
  openHarness,
  waitForReader,
  waitForCleanup,
  waitForSentinel,
  waitForTranscripts,
  type Harness,
} from './support/harness';

describe.each(BROWSERS)('the reader with page JavaScript off in %s', (browserName) => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await openHarness(browserName, { pageJavaScript: false });
  });
  afterAll(() => harness?.close());

  describe('on the demo article', () => {
    let page: Page;
    beforeAll(async () => {
      page = await harness.browser.openPage(`${harness.site.articleOrigin}/article.html`);
      // Hiding the notice moves the text up; scroll only after the sentinel is done.
      await waitForSentinel(harness.browser, page);
      await waitForCleanup(page);
      await evaluateIn(page, () => {
        document.querySelector<HTMLElement>('.site-header nav a')?.focus();
        window.scrollTo(0, 400);
      });
      await harness.browser.toggleReader(page);
      await waitForReader(page);
      await waitForTranscripts(page);
    });

    it('opens on the toggle message with the article, its metadata, and focus on the heading', async () => {
      const reader = await readReader(page);
      expect(reader.title).toBe("The night ferry's last captain");
      // The date is filled in at the reader's first idle moment.
      const meta = await pollPage(
        page,
        () => {
          const lines = Array.from(
            document.querySelector('legible-reader')?.shadowRoot?.querySelectorAll('.meta p') ?? [],
            (line) => line.textContent,
          );
          return lines.some((line) => line?.includes('2026')) && lines;
        },
        { what: 'the date' },
      );
      // The date on a line of its own, kept for it from the start, so the text does not move when it comes.
      expect(meta).toEqual(['Maja Lindqvist · Harbour Post · 2 min read', 'October 14, 2026']);
      expect(reader.focusedId).toBe('legible-title');
      const dialog = await evaluateIn(page, () => {
        const root = document.querySelector('legible-reader')!.shadowRoot!;
        const box = root.querySelector('[role="dialog"]')!;
        return { modal: box.getAttribute('aria-modal'), label: box.getAttribute('aria-labelledby'), pageInert: document.body.inert };
      });
      expect(dialog).toEqual({ modal: 'true', label: 'legible-title', pageInert: true });
    });

    it("gives the dead player its words from the page's JSON-LD, where the player stood", async () => {
      const reader = await readReader(page);
      expect(reader.cards[0]).toEqual({ title: 'Video Oskar Hedlund on the bridge at midnight (0:41)', status: '', lines: 7 });
      const placed = await evaluateIn(page, () => {
        const card = document.querySelector('legible-reader')!.shadowRoot!.querySelector('figure[data-legible-media="clip-1"]')!;
        const outer = card.closest('figure:not([data-legible-media])') ?? card;
        return { before: outer.previousElementSibling?.textContent?.slice(0, 30), firstLine: card.querySelector('.cue')?.textContent };
      });
      expect(placed).toEqual({
        before: 'For thirty-one winters Oskar H',
        firstLine: '0:01 Oskar Hedlund: I have done this crossing more than eleven thousand times.',
      });
    });

    it('shows the <video> track as its transcript, where the clip stood and in the panel', async () => {
      const reader = await readReader(page);
      expect(reader.cards[1]).toEqual({ title: 'Video Hedlund reads from his logbook', status: '', lines: 6 });
      expect(reader.transcriptLines).toBe(13);
      const inline = await evaluateIn(page, () => {
        const card = document.querySelector('legible-reader')!.shadowRoot!.querySelector('figure[data-legible-media="clip-2"]')!;
        // The card follows the paragraph that preceded the video on the page.
        const outer = card.closest('figure:not([data-legible-media])') ?? card;
        return { firstLine: card.querySelector('.cue')?.textContent, before: outer.previousElementSibling?.textContent?.slice(0, 40) };
      });
      expect(inline.firstLine).toBe('0:00 Oskar Hedlund: This is the page from the fourteenth of February.');
      expect(inline.before).toBe('Hedlund keeps his own logbook apart from');
      const panel = await evaluateIn(page, () => {
        const aside = document.querySelector('legible-reader')!.shadowRoot!.querySelector('aside')!;
        return {
          name: aside.querySelector(`#${aside.getAttribute('aria-labelledby')}`)?.textContent,
          clips: aside.querySelectorAll('.panel-clip').length,
        };
      });
      expect(panel).toEqual({ name: 'Transcripts', clips: 3 });
    });

    it('says plainly when a clip has no captions', async () => {
      const reader = await readReader(page);
      expect(reader.cards[2]).toEqual({
        title: 'Audio The crossing, recorded from the engine room',
        status: 'No captions were found for this clip.',
        lines: 0,
      });
    });

    it('closes on Escape and gives back focus and scroll position', async () => {
      await page.keyboard.press('Escape');
      expect(await isReaderOpen(page)).toBe(false);
      const after = await evaluateIn(page, () => ({
        focused: document.activeElement?.textContent,
        scrollY: Math.round(window.scrollY),
        inert: document.body.inert,
        overflow: document.documentElement.style.overflow,
      }));
      expect(after).toEqual({ focused: 'News', scrollY: 400, inert: false, overflow: '' });
    });

    it('opens again on a second message, served from the cache', async () => {
      await harness.browser.toggleReader(page);
      await waitForReader(page);
      await waitForTranscripts(page);
      expect((await readReader(page)).transcriptLines).toBe(13);
      await harness.browser.toggleReader(page);
      await expect.poll(() => isReaderOpen(page)).toBe(false);
    });

    it('shows the article it read before while the page stays as it was, and reads the page again once it changed', async () => {
      const readsOfPage = () => evaluateIn(page, () => performance.getEntriesByName('legible:extract').length);
      const lastOpening = () =>
        evaluateIn(
          page,
          () => (performance.getEntriesByName('legible:open').at(-1) as PerformanceMeasure | undefined)?.detail as { fresh: boolean },
        );
      expect(await readsOfPage()).toBe(1);
      expect(await lastOpening()).toMatchObject({ fresh: false });

      // "Show hidden parts" puts the notices the clean-up hid back on the page: a change.
      await harness.browser.sendToTab(page, { type: 'legible/show-hidden' });
      await expect.poll(() => evaluateIn(page, () => document.querySelectorAll('[data-legible-hidden]').length)).toBe(0);
      await harness.browser.toggleReader(page);
      await waitForReader(page);
      expect(await readsOfPage()).toBe(2);
      expect(await lastOpening()).toMatchObject({ fresh: true });
      expect((await readReader(page)).title).toBe("The night ferry's last captain");
      await harness.browser.toggleReader(page);
      await expect.poll(() => isReaderOpen(page)).toBe(false);
    });
  });

  it('says why each failed transcript is missing, and the article still reads', async () => {
    const page = await harness.browser.openPage(`${harness.site.articleOrigin}/failures.html`);
    await harness.browser.toggleReader(page);
    await waitForReader(page);
    await waitForTranscripts(page);
    const reader = await readReader(page);
    expect(reader.cards.map((card) => card.status)).toEqual([
      'The captions file for this clip is missing.',
      'Legible did not load the captions: their address is on a local or private network.',
      'The captions could not be loaded because of a network error. Try again',
    ]);
    const paragraphs = await evaluateIn(
      page,
      () => document.querySelector('legible-reader')!.shadowRoot!.querySelectorAll('.content p').length,
    );
    expect(paragraphs).toBeGreaterThanOrEqual(4);
  });

  it('shows transcript text that the page carries in its JSON-LD, without a request', async () => {
    const page = await harness.browser.openPage(`${harness.site.articleOrigin}/jsonld-transcript.html`);
    await harness.browser.toggleReader(page);
    await waitForReader(page);
    await waitForTranscripts(page);
    const reader = await readReader(page);
    expect(reader.cards).toEqual([{ title: 'Video The keeper climbs the tower', status: '', lines: 3 }]);
    const panel = await evaluateIn(page, () =>
      Array.from(document.querySelector('legible-reader')!.shadowRoot!.querySelectorAll('.panel-clip'), (clip) => ({
        title: clip.querySelector('h3')?.textContent,
        lines: Array.from(clip.querySelectorAll('.cue'), (cue) => cue.textContent),
      })),
    );
    expect(panel).toEqual([
      {
        title: 'Video: The keeper climbs the tower',
        lines: [
          'One hundred and twelve steps to the lamp room.',
          'I counted them every evening for nine years.',
          'The lens weighs as much as a small car.',
        ],
      },
      { title: 'Audio: The foghorn, recorded in 1987', lines: ['A long low note, then silence, then the note again.'] },
    ]);
  });

  it("keeps its styles under a page's strict Content-Security-Policy", async () => {
    const page = await harness.browser.openPage(`${harness.site.articleOrigin}/strict-csp/article.html`);
    await harness.browser.toggleReader(page);
    await waitForReader(page);
    const style = await evaluateIn(page, () => {
      const root = document.querySelector('legible-reader')!.shadowRoot!;
      const reader = getComputedStyle(root.querySelector('.reader')!);
      const host = getComputedStyle(document.querySelector('legible-reader')!);
      return {
        position: host.position,
        background: reader.backgroundColor,
        titleSize: getComputedStyle(root.querySelector('h1')!).fontSize,
      };
    });
    expect(style).toEqual({ position: 'fixed', background: 'rgb(253, 252, 248)', titleSize: '35px' });
  });
});
