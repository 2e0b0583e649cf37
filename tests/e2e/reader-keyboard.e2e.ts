import type { KeyInput, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIn } from '../../tools/browser-driver';
import { readAppearance } from '../../tools/reader-appearance';
import { shownReaderPanel } from '../../tools/reader-panels';
import {
  BROWSERS,
  isReaderOpen,
  openHarness,
  titleFocusRing,
  waitForReader,
  waitForSentinel,
  waitForTranscripts,
  type Harness,
} from './support/harness';

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

const pressed = (page: Page, name: string) =>
  evaluateIn(
    page,
    (label: string) =>
      Array.from(document.querySelector('legible-reader')!.shadowRoot!.querySelectorAll('.toolbar button'))
        .find((b) => b.textContent === label)
        ?.getAttribute('aria-pressed'),
    name,
  );
const rulerTop = (page: Page) =>
  evaluateIn(page, () =>
    parseFloat(document.querySelector('legible-reader')!.shadowRoot!.querySelector<HTMLElement>('.line-focus-band')!.style.top),
  );
const readerScroll = (page: Page) =>
  evaluateIn(page, () => document.querySelector('legible-reader')!.shadowRoot!.querySelector('.reader')!.scrollTop);
/** The reader's look as the extension has stored it. */
const storedAppearance = async (harness: Harness) =>
  ((await harness.browser.readSyncStorage('settings')) as { reader?: unknown } | null)?.reader;
/** What the first clip card's transcript shows: its status line, its lines, and what is marked. */
const firstCard = (page: Page) =>
  evaluateIn(page, () => {
    const card = document.querySelector('legible-reader')!.shadowRoot!.querySelector('figure[data-legible-media]')!;
    return {
      said: card.querySelector('[role="status"]')?.textContent,
      lines: Array.from(card.querySelectorAll('.cue'), (cue) => cue.textContent),
      marked: Array.from(card.querySelectorAll('mark'), (mark) => mark.textContent),
    };
  });
/** Presses a key, a number of times, as the keyboard does. */
async function press(page: Page, key: KeyInput, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}
/** Shift+Tab: focus back one stop. */
async function shiftTab(page: Page): Promise<void> {
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
}
const announced = (page: Page) =>
  evaluateIn(
    page,
    () => document.querySelector('legible-reader')!.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent,
  );

describe.each(BROWSERS)('the reader by keyboard alone in %s, page JavaScript off', (browserName) => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    // On an X display of its own: the browser's shortcut answers only to keys pressed there.
    harness = await openHarness(browserName, { pageJavaScript: false, onDisplay: true });
    page = await harness.browser.openPage(`${harness.site.articleOrigin}/article.html`);
  });
  afterAll(() => harness?.close());

  it('opens on its shortcut, changes text size and theme, turns on line focus and moves it, searches a transcript, with keys alone, then closes with Escape', async () => {
    // The browser's own shortcut for Legible, pressed on the keyboard (of the X display).
    await waitForSentinel(harness.browser, page);
    await harness.browser.pressKeysOnDisplay(page, 'alt+shift+l');
    await waitForReader(page);
    // Its announcements of the clips come first, so that the ones below are heard.
    await waitForTranscripts(page);
    expect(await focused(page)).toBe("h1: The night ferry's last captain");
    // Opened from the keyboard: the title's focus ring shows.
    expect(await titleFocusRing(page)).toEqual({ focused: true, outline: 'solid' });
    await page.keyboard.press('?');
    expect(await focused(page)).toBe('h2: Keyboard shortcuts');
    await page.keyboard.press('?');
    expect(await focused(page)).toBe("h1: The night ferry's last captain");
    await page.keyboard.press('+');
    expect(await readAppearance(page)).toMatchObject({ fontSize: '22px' });

    // The toolbar is one tab stop before the article.
    await shiftTab(page);
    expect(await focused(page)).toBe('button: Close reader');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('button: Text and colours');
    // Its panel floats over the text, its heading focused; Tab goes through it.
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('h2: Text and colours');
    expect(await shownReaderPanel(page)).toBe('legible-appearance-panel');
    await press(page, 'Tab', 2);
    expect(await focused(page)).toBe('button: Larger text');
    await page.keyboard.press('Enter');
    expect(await readAppearance(page)).toMatchObject({ fontSize: '24px' });
    expect(await announced(page)).toBe('Text size: 24 pixels');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('input: Follow the system');
    await press(page, 'ArrowDown', 3);
    expect(await focused(page)).toBe('input: Dark');
    expect(await readAppearance(page)).toMatchObject({ theme: 'dark' });
    expect(await announced(page)).toBe('Theme: Dark');
    // Escape closes the panel, not the reader, and focus is back on its button.
    await page.keyboard.press('Escape');
    expect(await shownReaderPanel(page)).toBeNull();
    expect(await focused(page)).toBe('button: Text and colours');

    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('button: Read aloud');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('button: Line focus');
    await page.keyboard.press('Enter');
    expect(await pressed(page, 'Line focus')).toBe('true');
    expect(await announced(page)).toBe('Line focus: 3 lines');
    await press(page, 'ArrowRight', 2);
    expect(await focused(page)).toBe('button: More');

    // The More menu: Enter opens it on its first item, arrows move, Enter opens that panel.
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('button: This page');
    await press(page, 'ArrowDown', 2);
    expect(await focused(page)).toBe('button: Keyboard shortcuts');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('h2: Keyboard shortcuts');
    expect(await shownReaderPanel(page)).toBe('legible-shortcuts');
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('button: More');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('button: Keyboard shortcuts');
    await press(page, 'ArrowUp', 2);
    expect(await focused(page)).toBe('button: This page');
    await page.keyboard.press('Enter');
    expect(await shownReaderPanel(page)).toBe('legible-page-panel');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button: Show what was hidden, and put images back');
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('button: More');
    expect(await isReaderOpen(page)).toBe(true);

    // On into the article, where the arrows move the ruler.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('summary: Contents');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('summary: Transcript (7 lines)');
    // Where the band stands in the text: its place on screen plus how far the text has scrolled.
    const bandInText = async () => (await rulerTop(page)) + (await readerScroll(page));
    const before = await bandInText();
    await press(page, 'ArrowDown', 2);
    // Two lines of 24 px text at 1.6: the band moved, or the text scrolled under it.
    expect((await bandInText()) - before).toBeCloseTo(2 * 24 * 1.6, 0);

    // The clip's transcript is open under its summary: its search comes next.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('input: Search this transcript');
    await page.keyboard.type('HULL');
    expect(await firstCard(page)).toEqual({
      said: '1 of 7 lines match',
      // Alone, a line names its speaker.
      lines: ['0:09 Oskar Hedlund: Some nights the ice sings against the hull, a long high note, like a glass.'],
      marked: ['hull'],
    });
    // Copy and downloads sit in one menu beside the search: Enter opens it, arrows move, Escape closes.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button: Copy or download');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('button: Copy transcript');
    await press(page, 'ArrowDown', 2);
    expect(await focused(page)).toBe('button: Download .vtt');
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('button: Copy or download');
    expect(await isReaderOpen(page)).toBe(true);

    // Stored while the reader is still open, though Chromium runs no timers of a page with its scripts off.
    await expect.poll(() => storedAppearance(harness), { timeout: 5_000 }).toMatchObject({ theme: 'dark', fontSize: 24, lineFocus: true });

    await page.keyboard.press('Escape');
    expect(await isReaderOpen(page)).toBe(false);
    expect(await focused(page)).toMatch(/^page: /);
  });

  it("opens by itself on the site's articles once the toolbar button's menu asked for that", async () => {
    const host = new URL(harness.site.articleOrigin).hostname;
    await harness.browser.writeSyncStorage({ [`site:${host}`]: { cleanUp: true, autoOpen: true, showLeftOut: false } });
    const other = await harness.browser.openPage(`${harness.site.articleOrigin}/article.html?auto`);
    try {
      await waitForReader(other);
      expect(await focused(other)).toBe("h1: The night ferry's last captain");
    } finally {
      await harness.browser.writeSyncStorage({ [`site:${host}`]: { cleanUp: true, autoOpen: false, showLeftOut: false } });
      await other.close();
    }
  });
});
