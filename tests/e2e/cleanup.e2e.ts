import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIn, pollPage } from '../../tools/browser-driver';
import { BROWSERS, openHarness, visibleText, waitForCleanup, waitForSentinel, type Harness } from './support/harness';

/** What the clean-up changed on the page: hidden elements with their reasons, and loaded images. */
function pageChanges(page: Page) {
  return evaluateIn(page, () => ({
    hidden: Array.from(
      document.querySelectorAll('[data-legible-hidden]'),
      (el) => `${el.id || el.className}:${el.getAttribute('data-legible-hidden')}`,
    ).sort(),
    lazySrc: document.getElementById('lazy')?.getAttribute('src'),
    lazyLoaded: (document.getElementById('lazy') as HTMLImageElement | null)?.naturalWidth ?? 0,
  }));
}

describe.each(BROWSERS)('clean-up of a Swedish page with page JavaScript off in %s', (browserName) => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await openHarness(browserName, { pageJavaScript: false });
    page = await harness.browser.openPage(`${harness.site.articleOrigin}/cleanup.html`);
    await waitForSentinel(harness.browser, page);
    await waitForCleanup(page);
  });
  afterAll(() => harness?.close());

  it('hides the dead player with its notice, and the empty comment and share boxes', async () => {
    expect((await pageChanges(page)).hidden).toEqual([
      'dead-player:dead-player',
      'disqus_thread:script-widget',
      'share-buttons:script-widget',
    ]);
    const text = await visibleText(page);
    expect(text).not.toContain('Javascript är avstängt');
    expect(text).toContain('Lina Berg säger att det svåraste inte är höjden utan tystnaden.');
  });

  it('loads the image only a script would have loaded', async () => {
    const changes = await pollPage(page, () => ((document.getElementById('lazy') as HTMLImageElement).naturalWidth > 0 ? 'loaded' : ''), {
      what: 'the salvaged image',
    });
    expect(changes).toBe('loaded');
    expect((await pageChanges(page)).lazySrc).toBe('/img/quay-crane.png');
  });

  it('says on the toolbar button what it hid and loaded', async () => {
    const title = await harness.browser.getTitle(page);
    expect(title).toContain('Hidden because they need scripts: 3');
    expect(title).toContain('Images loaded that needed scripts: 1');
  });

  it('puts everything back when asked from the menu, and cleans up again when asked', async () => {
    await harness.browser.sendToTab(page, { type: 'legible/show-hidden' });
    const restored = await pollPage(
      page,
      () => (document.querySelectorAll('[data-legible-hidden]').length === 0 ? document.getElementById('lazy')!.getAttribute('src') : ''),
      { what: 'the undo' },
    );
    expect(restored).toBe('data:image/gif;base64,R0lGODlhAQABAAAAACw=');
    expect(await visibleText(page)).toContain('Javascript är avstängt');

    await harness.browser.sendToTab(page, { type: 'legible/clean-up' });
    await pollPage(page, () => document.querySelectorAll('[data-legible-hidden]').length === 3, { what: 'the clean-up again' });
    expect((await pageChanges(page)).lazySrc).toBe('/img/quay-crane.png');
  });

  it("shows in the reader's page panel why the page is an article and what was hidden and loaded", async () => {
    await harness.browser.toggleReader(page);
    const panel = await pollPage(
      page,
      () => {
        const root = document.querySelector('legible-reader')?.shadowRoot;
        const item = Array.from(root?.querySelectorAll<HTMLButtonElement>('[role="toolbar"] [role="menuitem"]') ?? []).find(
          (b) => b.textContent === 'This page',
        );
        const section = root?.querySelector<HTMLElement>('#legible-page-panel');
        if (!item || !section) return '';
        if (!section.matches(':popover-open')) item.click();
        return section.matches(':popover-open') ? (section.textContent ?? '').replace(/\s+/g, ' ') : '';
      },
      { what: 'the page panel' },
    );
    expect(panel).toContain('Legible reads this page as an article. The page says it is an article.');
    expect(panel).toContain('Hidden because they need scripts: 3');
    expect(panel).toContain('Images loaded that needed scripts: 1');
    await harness.browser.toggleReader(page);
  });

  it('gives the dead player a card in the reader, where it stood, saying no captions were found', async () => {
    await harness.browser.toggleReader(page);
    const card = await pollPage(
      page,
      () => {
        const figure = document.querySelector('legible-reader')?.shadowRoot?.querySelector('article figure[data-legible-media]');
        const status = figure?.querySelector('.transcript-status');
        if (!figure || !status || status.getAttribute('aria-busy') === 'true') return '';
        const before = figure.previousElementSibling?.textContent ?? '';
        return JSON.stringify({
          title: figure.querySelector('.media-title')?.textContent?.trim(),
          reason: status.getAttribute('data-reason'),
          after: before.trim().slice(0, 25),
        });
      },
      { what: 'the dead player’s card' },
    );
    expect(JSON.parse(card)).toEqual({ title: expect.stringMatching(/^Vide/), reason: 'none', after: 'Hamnen har tolv kranförar' });
    await harness.browser.toggleReader(page);
  });
});
