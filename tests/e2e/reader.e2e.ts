import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIn } from '../../tools/browser-driver';
import { readReader } from '../../tools/reader-probe';
import { BROWSERS, isReaderOpen, openHarness, waitForReader, waitForSentinel, waitForTranscripts, type Harness } from './support/harness';

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
      expect(reader.meta).toBe('Maja Lindqvist · Harbour Post · October 14, 2026 · 2 min read');
      expect(reader.focusedId).toBe('legible-title');
      const dialog = await evaluateIn(page, () => {
        const root = document.querySelector('legible-reader')!.shadowRoot!;
        const box = root.querySelector('[role="dialog"]')!;
        return { modal: box.getAttribute('aria-modal'), label: box.getAttribute('aria-labelledby'), pageInert: document.body.inert };
      });
      expect(dialog).toEqual({ modal: 'true', label: 'legible-title', pageInert: true });
    });

    it('shows the clip with captions as its transcript, where the clip stood and in the panel', async () => {
      const reader = await readReader(page);
      expect(reader.cards[0]).toEqual({ title: 'Video Hedlund reads from his logbook', status: '', lines: 6 });
      expect(reader.transcriptLines).toBe(6);
      const inline = await evaluateIn(page, () => {
        const root = document.querySelector('legible-reader')!.shadowRoot!;
        const card = root.querySelector('figure[data-legible-media="clip-1"]')!;
        // The card follows the paragraph that preceded the video on the page.
        const before = card.closest('figure:not([data-legible-media])')?.previousElementSibling ?? card.previousElementSibling;
        return { firstLine: card.querySelector('.cue')?.textContent, before: before?.textContent?.slice(0, 40) };
      });
      expect(inline.firstLine).toBe('0:00 Oskar Hedlund: This is the page from the fourteenth of February.');
      expect(inline.before).toBe('Hedlund keeps his own logbook apart from');
      const panel = await evaluateIn(page, () => {
        const aside = document.querySelector('legible-reader')!.shadowRoot!.querySelector('aside')!;
        return { name: aside.querySelector(`#${aside.getAttribute('aria-labelledby')}`)?.textContent, clips: aside.querySelectorAll('.panel-clip').length };
      });
      expect(panel).toEqual({ name: 'Transcripts', clips: 2 });
    });

    it('says plainly when a clip has no captions', async () => {
      const reader = await readReader(page);
      expect(reader.cards[1]).toEqual({ title: 'Audio The crossing, recorded from the engine room', status: 'No captions were found for this clip.', lines: 0 });
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
      expect((await readReader(page)).transcriptLines).toBe(6);
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
    const paragraphs = await evaluateIn(page, () => document.querySelector('legible-reader')!.shadowRoot!.querySelectorAll('.content p').length);
    expect(paragraphs).toBeGreaterThanOrEqual(4);
  });

  it("keeps its styles under a page's strict Content-Security-Policy", async () => {
    const page = await harness.browser.openPage(`${harness.site.articleOrigin}/strict-csp/article.html`);
    await harness.browser.toggleReader(page);
    await waitForReader(page);
    const style = await evaluateIn(page, () => {
      const root = document.querySelector('legible-reader')!.shadowRoot!;
      const reader = getComputedStyle(root.querySelector('.reader')!);
      const host = getComputedStyle(document.querySelector('legible-reader')!);
      return { position: host.position, background: reader.backgroundColor, titleSize: getComputedStyle(root.querySelector('h1')!).fontSize };
    });
    expect(style).toEqual({ position: 'fixed', background: 'rgb(253, 252, 248)', titleSize: '35px' });
  });
});
