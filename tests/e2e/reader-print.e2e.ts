import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIn } from '../../tools/browser-driver';
import { BROWSERS, isReaderOpen, openHarness, waitForReader, waitForTranscripts, type Harness } from './support/harness';

// Print media can be emulated over CDP only; Firefox's WebDriver BiDi has no such command.
describe.each(BROWSERS.filter((name) => name === 'chromium'))('printing with the reader open, in %s', (browserName) => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await openHarness(browserName, { pageJavaScript: false });
  });
  afterAll(() => harness?.close());

  it('prints the article and every transcript, not the page behind nor the controls, and gives the page back after', async () => {
    const page = await harness.browser.openPage(`${harness.site.articleOrigin}/article.html`);
    await harness.browser.toggleReader(page);
    await waitForReader(page);
    await waitForTranscripts(page);
    await page.emulateMediaType('print');
    const printed = await evaluateIn(page, () => {
      window.dispatchEvent(new Event('beforeprint'));
      const root = document.querySelector('legible-reader')!.shadowRoot!;
      const shown = (selector: string) => {
        const element = root.querySelector(selector);
        return element ? getComputedStyle(element).display !== 'none' : null;
      };
      return {
        body: getComputedStyle(document.body).display,
        reader: getComputedStyle(root.querySelector('.reader')!).position,
        toolbar: shown('.toolbar'),
        tools: shown('.transcript-tools'),
        article: shown('article .content'),
        foldedTranscripts: root.querySelectorAll('details:not([open])').length,
      };
    });
    expect(printed).toEqual({ body: 'none', reader: 'static', toolbar: false, tools: false, article: true, foldedTranscripts: 0 });
    await evaluateIn(page, () => window.dispatchEvent(new Event('afterprint')));
    expect(
      await evaluateIn(
        page,
        () => document.querySelector('legible-reader')!.shadowRoot!.querySelectorAll('.transcript-panel details:not([open])').length,
      ),
    ).toBeGreaterThan(0);

    await harness.browser.toggleReader(page);
    await expect.poll(() => isReaderOpen(page)).toBe(false);
    expect(await evaluateIn(page, () => getComputedStyle(document.body).display)).not.toBe('none');
  });
});
