import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIn } from '../../tools/browser-driver';
import { BROWSERS, openHarness, visibleText, waitForCleanup, waitForSentinel, type Harness } from './support/harness';

describe.each(BROWSERS)('clean-up with page JavaScript off in %s', (browserName) => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await openHarness(browserName, { pageJavaScript: false });
    page = await harness.browser.openPage(`${harness.site.articleOrigin}/article.html`);
    await waitForSentinel(harness.browser, page);
    await waitForCleanup(page);
  });
  afterAll(() => harness?.close());

  it('hides the lines that stand in for the dead player', async () => {
    const text = await visibleText(page);
    expect(text).not.toContain('Javascript is turned off');
    expect(text).not.toContain('Javascript must be turned on to play video');
    expect(text).not.toContain('Learn more about browser support');
  });

  it('hides only the dead player and its notice, reversibly, and keeps every line of the article', async () => {
    const hidden = await evaluateIn(page, () =>
      Array.from(document.querySelectorAll('[data-legible-hidden]'), (el) => ({
        reason: el.getAttribute('data-legible-hidden'),
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
    );
    expect(hidden).toEqual([
      // The dead player shell, with the notice its <noscript> rendered inside it.
      {
        reason: 'dead-player',
        text: 'Javascript is turned off Javascript must be turned on to play video Learn more about browser support',
      },
    ]);
    const text = await visibleText(page);
    const paragraphs = await evaluateIn(page, () =>
      Array.from(document.querySelectorAll('article p, article figcaption, article h1, article h2'), (p) =>
        (p.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ).filter((line) => !/javascript|browser support/i.test(line)),
    );
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const line of paragraphs) expect(text).toContain(line);
  });

  it('shows on the toolbar button that the page can be read', async () => {
    expect(await harness.browser.getBadgeText(page)).toBe('Aa');
  });

  it('leaves a page that is not an article alone', async () => {
    const other = await harness.browser.openPage(`${harness.site.articleOrigin}/not-article.html`);
    await new Promise((r) => setTimeout(r, 500));
    expect(await harness.browser.getBadgeText(other)).toBe('');
    expect(await evaluateIn(other, () => document.querySelectorAll('[data-legible-hidden]').length)).toBe(0);
  });
});
