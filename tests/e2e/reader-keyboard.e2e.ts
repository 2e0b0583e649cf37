import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIn } from '../../tools/browser-driver';
import { readAppearance } from '../../tools/reader-appearance';
import { BROWSERS, isReaderOpen, openHarness, waitForReader, waitForTranscripts, type Harness } from './support/harness';

/** The focused element inside the reader, as a person would name it. */
function focused(page: Page): Promise<string> {
  return evaluateIn(page, () => {
    const active = document.querySelector('legible-reader')?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (!active) return `page: ${document.activeElement?.tagName ?? ''}`;
    const control = active as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> | null };
    const label = control.labels?.[0]?.textContent ?? active.getAttribute('aria-label') ?? active.textContent ?? '';
    return `${active.tagName.toLowerCase()}: ${label.trim()}`;
  });
}

const announced = (page: Page) => evaluateIn(page, () => document.querySelector('legible-reader')!.shadowRoot!.querySelector('[role="status"]')!.textContent);

describe.each(BROWSERS)('the reader by keyboard alone in %s, page JavaScript off', (browserName) => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await openHarness(browserName, { pageJavaScript: false });
    page = await harness.browser.openPage(`${harness.site.articleOrigin}/article.html`);
  });
  afterAll(() => harness?.close());

  it('changes text size and theme from the toolbar and its panel with keys, then closes with Escape', async () => {
    // The browser's own shortcut cannot be pressed by automation; the command's binding is checked
    // by commands.getAll() elsewhere. Its message is what the shortcut sends.
    await harness.browser.toggleReader(page);
    await waitForReader(page);
    // Its announcements of the clips come first, so that the ones below are heard.
    await waitForTranscripts(page);
    expect(await focused(page)).toBe("h1: The night ferry's last captain");
    await page.keyboard.press('+');
    expect(await readAppearance(page)).toMatchObject({ fontSize: '22px' });

    // The toolbar is one tab stop before the article.
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect(await focused(page)).toBe('button: Close reader');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('button: Larger text');
    await page.keyboard.press('Enter');
    expect(await readAppearance(page)).toMatchObject({ fontSize: '24px' });
    expect(await announced(page)).toBe('Text size: 24 pixels');

    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('button: Text and colours');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('input: Follow the system');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('input: Dark');
    expect(await readAppearance(page)).toMatchObject({ theme: 'dark' });
    expect(await announced(page)).toBe('Theme: Dark');

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('select: Font');
    await page.keyboard.press('Escape');
    expect(await isReaderOpen(page)).toBe(false);
    expect(await focused(page)).toMatch(/^page: /);
  });
});
