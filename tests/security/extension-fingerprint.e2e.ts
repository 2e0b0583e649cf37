/**
 * What a page can learn of Legible: its fonts are the only files pages may load, and a page that
 * asks for one at the extension's fixed address (to tell that Legible is installed) gets nothing.
 * Chrome serves them only at an address that changes each session; Firefox's address is random
 * per install. Page JavaScript on, in both browsers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIn } from '../../tools/browser-driver';
import { BUNDLED_FONT_FACES } from '../../utils/bundled-font-faces';
import { GECKO_ID } from '../../wxt.config';
import { BROWSERS, openHarness, type Harness } from '../e2e/support/harness';

describe.each(BROWSERS)('what a page can learn of Legible, in %s', (browserName) => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await openHarness(browserName, { pageJavaScript: true });
  });
  afterAll(() => harness?.close());

  /** The host of Legible's own pages: Chromium's fixed extension id. */
  async function extensionHost(): Promise<string> {
    const options = await harness.browser.openExtensionPage('options.html');
    try {
      return new URL(options.url()).host;
    } finally {
      await options.close();
    }
  }

  it('cannot load a font of Legible’s from its fixed address', async () => {
    const font = BUNDLED_FONT_FACES[0]!.file;
    // Chromium's extension id is fixed by its key or path; Firefox's id is the one in the manifest.
    const fixedId = browserName === 'chromium' ? await extensionHost() : GECKO_ID;
    const scheme = browserName === 'chromium' ? 'chrome-extension' : 'moz-extension';
    const page = await harness.browser.openPage(`${harness.site.articleOrigin}/article.html`);
    try {
      const answer = await evaluateIn(
        page,
        async (url: string) => {
          try {
            const response = await fetch(url);
            return `loaded ${response.status}`;
          } catch {
            return 'refused';
          }
        },
        `${scheme}://${fixedId}/${font}`,
      );
      expect(answer).toBe('refused');
    } finally {
      await page.close();
    }
  });
});
