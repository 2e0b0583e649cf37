import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIn, pollPage } from '../../tools/browser-driver';
import { BROWSERS, openHarness, waitForSentinel, type Harness } from './support/harness';

/** The hidden elements of the page, with their reasons. */
const hiddenOn = (page: Page) =>
  evaluateIn(page, () =>
    Array.from(document.querySelectorAll('[data-legible-hidden]'), (el) => `${el.className}:${el.getAttribute('data-legible-hidden')}`),
  );

// The demo article's player shell has no player script to fill it: with page JavaScript on, it
// stands as a script-blocked player would, and Legible gives it a bounded wait before hiding it.
describe.each(BROWSERS)('a player whose script never came, with page JavaScript on, in %s', (browserName) => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await openHarness(browserName, { pageJavaScript: true });
    page = await harness.browser.openPage(`${harness.site.articleOrigin}/article.html`);
    await waitForSentinel(harness.browser, page);
  });
  afterAll(() => harness?.close());

  it('stays visible while the page may still be loading its player', async () => {
    expect(await hiddenOn(page)).toEqual([]);
  });

  it('is hidden once the wait is over, and shown again on request', async () => {
    const hidden = await pollPage(page, () => document.querySelector('[data-legible-hidden]')?.getAttribute('data-legible-hidden') ?? '', {
      what: 'the later pass',
      timeoutMs: 8_000,
    });
    expect(hidden).toBe('dead-player');
    expect((await hiddenOn(page)).length).toBe(1);
    await harness.browser.sendToTab(page, { type: 'legible/show-hidden' });
    await pollPage(page, () => document.querySelectorAll('[data-legible-hidden]').length === 0, { what: 'the undo' });
  });
});
