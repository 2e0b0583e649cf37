import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIn, pollPage } from '../../tools/browser-driver';
import { readAppearance } from '../../tools/reader-appearance';
import { axeViolations } from './support/axe';
import { BROWSERS, openHarness, waitForReader, type Harness } from './support/harness';

describe.each(BROWSERS)('the options page in %s', (browserName) => {
  let harness: Harness;
  let options: Page;

  beforeAll(async () => {
    harness = await openHarness(browserName, { pageJavaScript: true });
    options = await harness.browser.openExtensionPage('options.html');
    await pollPage(options, () => document.querySelectorAll('input[type="range"]').length, { what: 'the settings' });
  });
  afterAll(() => harness?.close());

  it('has no accessibility violations (axe-core)', async () => {
    expect(await axeViolations(options, 'page')).toEqual([]);
  });

  it('stores a theme and size chosen there, and the reader opens in them', async () => {
    await evaluateIn(options, () => {
      Array.from(document.querySelectorAll('label')).find((label) => label.textContent === 'High contrast')!.querySelector('input')!.click();
    });
    await new Promise((settle) => setTimeout(settle, 50));
    await evaluateIn(options, () => {
      const size = document.querySelector<HTMLInputElement>('#options-fontSize')!;
      size.value = '30';
      size.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await pollPage(options, () => document.querySelector('[role="status"]')?.textContent === 'Saved.', { what: 'the save' });

    const article = await harness.browser.openPage(`${harness.site.articleOrigin}/article.html`);
    await harness.browser.toggleReader(article);
    await waitForReader(article);
    expect(await readAppearance(article)).toMatchObject({ theme: 'contrast', fontSize: '30px', background: 'rgb(0, 0, 0)' });
  });
});
