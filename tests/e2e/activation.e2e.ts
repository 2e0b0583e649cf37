import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReader } from '../../tools/reader-probe';
import { BROWSERS, isReaderOpen, openHarness, titleFocusRing, waitForReader, type Harness } from './support/harness';

describe.each(BROWSERS)('opening the reader in %s', (browserName) => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await openHarness(browserName, { pageJavaScript: false });
  });
  afterAll(() => harness?.close());

  it('binds the default keyboard shortcut Alt+Shift+L', async () => {
    const commands = await harness.browser.getCommands();
    expect(commands.find((c) => c.name === 'toggle-reader')?.shortcut).toBe('Alt+Shift+L');
  });

  // Only Chromium lets automation click a toolbar button (DevTools' Extensions.triggerAction).
  if (browserName !== 'chromium') return;
  it('opens and closes with a click on the toolbar button', async () => {
    const page = await harness.browser.openPage(`${harness.site.articleOrigin}/article.html`);
    // A reader who has scrolled the page with its keys, then clicks the button.
    await page.keyboard.press('ArrowDown');
    await harness.browser.clickToolbarButton(page);
    await waitForReader(page);
    expect((await readReader(page)).title).toBe("The night ferry's last captain");
    // Opened with a click: the title has focus, for screen readers, but shows no ring.
    expect(await titleFocusRing(page)).toEqual({ focused: true, outline: 'none' });
    await harness.browser.clickToolbarButton(page);
    await expect.poll(() => isReaderOpen(page)).toBe(false);
  });
});
