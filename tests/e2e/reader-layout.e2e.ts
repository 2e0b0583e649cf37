import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIn } from '../../tools/browser-driver';
import { openReaderPanel, READER_PANELS, shownReaderPanel, type ReaderPanelName } from '../../tools/reader-panels';
import { BROWSERS, openHarness, waitForReader, waitForTranscripts, type Harness } from './support/harness';
import { barGeometry, firstParagraphTop, scrollReader, shownPanelBox } from './support/reader-geometry';

const PANEL_NAMES = Object.keys(READER_PANELS) as ReaderPanelName[];
/** The most a toolbar may take of a phone's screen: one row. */
const ONE_ROW_PX = 56;

describe.each(BROWSERS)("the reader's toolbar and panels at every width, in %s", (browserName) => {
  let harness: Harness;
  let page: Page | undefined;

  beforeAll(async () => {
    harness = await openHarness(browserName, { pageJavaScript: false });
  });
  afterAll(() => harness?.close());
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  /** Opens the reader on a fixture article in a window of that size (deviceScaleFactor 2 is a 200 % zoom). */
  async function openReaderAt(width: number, height: number, path = 'article.html', deviceScaleFactor = 1): Promise<Page> {
    page = await harness.browser.openPage(`${harness.site.articleOrigin}/${path}`);
    await page.setViewport({ width, height, deviceScaleFactor });
    await harness.browser.toggleReader(page);
    await waitForReader(page);
    return page;
  }

  /** Waits until the text stops moving as the reader finishes opening (the date written out, the clips' cards filled). */
  async function textAtRest(tab: Page): Promise<void> {
    let last = NaN;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      const now = await firstParagraphTop(tab);
      if (now === last) return;
      last = now;
    }
  }

  it.each([
    [320, 640],
    [390, 844],
    [1280, 800],
    [1920, 1080],
  ])('keeps its toolbar to one row at %i px wide, every button inside the window and big enough to press', async (width, height) => {
    const bar = await barGeometry(await openReaderAt(width, height));
    expect(bar.rows).toBe(1);
    expect(bar.height).toBeLessThanOrEqual(ONE_ROW_PX);
    expect(bar.buttons.map((b) => b.name)).toEqual(['Close reader', 'Text and colours', 'Read aloud', 'Line focus', 'Transcripts', 'More']);
    for (const button of bar.buttons) {
      expect(button.left, button.name).toBeGreaterThanOrEqual(0);
      expect(button.right, button.name).toBeLessThanOrEqual(bar.windowWidth);
      // WCAG 2.2's target size, with room to spare (24 px is the minimum).
      expect(Math.min(button.width, button.height), button.name).toBeGreaterThanOrEqual(40);
      // Named on screen, or by a tooltip where only the icon shows.
      expect(button.labelShown || button.title.length > 0, button.name).toBe(true);
    }
    // Names beside the icons where there is room; icons alone on a phone.
    expect(bar.buttons.every((b) => b.labelShown)).toBe(width >= 1280);
  });

  it('answers taps on a phone with a touch screen: a toolbar button, a panel’s choices, the More menu and its items', async () => {
    page = await harness.browser.openPage(`${harness.site.articleOrigin}/article.html`);
    await page.setViewport({ width: 390, height: 844, hasTouch: true, isMobile: true });
    await harness.browser.toggleReader(page);
    await waitForReader(page);
    const tab = page;
    const centreOf = (selector: string) =>
      evaluateIn(
        tab,
        (target: string) => {
          const box = document.querySelector('legible-reader')!.shadowRoot!.querySelector(target)!.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        },
        selector,
      );
    const tap = async (selector: string) => {
      const { x, y } = await centreOf(selector);
      await tab.touchscreen.tap(x, y);
      await new Promise((resolve) => setTimeout(resolve, 150));
    };
    await tap('[aria-controls="legible-appearance-panel"]');
    expect(await shownReaderPanel(tab)).toBe(READER_PANELS['Text and colours']);
    await tap('[data-theme-choice="dark"] input');
    expect(
      await evaluateIn(tab, () =>
        document.querySelector('legible-reader')!.shadowRoot!.querySelector('.reader')!.getAttribute('data-theme'),
      ),
    ).toBe('dark');
    await tap('[aria-controls="legible-appearance-panel"]');
    expect(await shownReaderPanel(tab)).toBeNull();
    await tap('[role="toolbar"] .menu-button > button');
    const items = await evaluateIn(tab, () =>
      Array.from(document.querySelector('legible-reader')!.shadowRoot!.querySelectorAll('[role="menuitem"]'), (item) => item.textContent),
    );
    expect(items).toContain('Keyboard shortcuts');
    await tap('[role="menuitem"]:last-child');
    expect(await shownReaderPanel(tab)).not.toBeNull();
  });

  it('slides its toolbar out of sight as the text scrolls down, and back on scrolling up, a pointer at the top, or a key', async () => {
    const tab = await openReaderAt(390, 844);
    await waitForTranscripts(tab);
    const full = (await barGeometry(tab)).height;
    await scrollReader(tab, 600);
    expect((await barGeometry(tab)).visibleHeight).toBe(0);
    await scrollReader(tab, -120);
    expect((await barGeometry(tab)).visibleHeight).toBe(full);

    await scrollReader(tab, 400);
    expect((await barGeometry(tab)).visibleHeight).toBe(0);
    await tab.mouse.move(200, 300);
    await tab.mouse.move(200, 8);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await barGeometry(tab)).visibleHeight).toBe(full);

    await tab.mouse.move(200, 400);
    await scrollReader(tab, 400);
    expect((await barGeometry(tab)).visibleHeight).toBe(0);
    // Shift+Tab from the article's first stop reaches the bar, which shows itself.
    await evaluateIn(tab, () => document.querySelector('legible-reader')!.shadowRoot!.querySelector<HTMLElement>('h1')!.focus());
    await tab.keyboard.down('Shift');
    await tab.keyboard.press('Tab');
    await tab.keyboard.up('Shift');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await barGeometry(tab)).visibleHeight).toBe(full);
  });

  it.each([
    [390, 844],
    [1280, 800],
  ])('opens each panel over the text at %i px, the first paragraph moved by 0 px, the bar kept while it is open', async (width, height) => {
    const tab = await openReaderAt(width, height);
    await waitForTranscripts(tab);
    await textAtRest(tab);
    for (const name of PANEL_NAMES) {
      const before = await firstParagraphTop(tab);
      const id = await openReaderPanel(tab, name);
      expect(await shownReaderPanel(tab), name).toBe(id);
      expect(await firstParagraphTop(tab), name).toBe(before);
      const box = (await shownPanelBox(tab))!;
      if (width < 600) {
        // A sheet along the bottom of the screen, the whole width, leaving the top of the text in sight.
        expect([box.left, box.right, Math.round(box.bottom)], name).toEqual([0, box.windowWidth, box.windowHeight]);
        expect(box.top, name).toBeGreaterThan(box.windowHeight * 0.25);
      } else {
        // Hung below the bar, inside the window.
        expect(box.top, name).toBeGreaterThanOrEqual((await barGeometry(tab)).height);
        expect(box.left, name).toBeGreaterThanOrEqual(0);
        expect(box.right, name).toBeLessThanOrEqual(box.windowWidth);
      }
    }
    // With a panel open, the bar stays as the text scrolls behind it.
    await scrollReader(tab, 500);
    expect((await barGeometry(tab)).visibleHeight).toBeGreaterThan(0);
    expect(await shownReaderPanel(tab)).toBe(READER_PANELS['Keyboard shortcuts']);
  });

  it('keeps every control in reach at 200 % zoom (1280 × 800 at twice the size)', async () => {
    const tab = await openReaderAt(640, 400, 'article.html', 2);
    const bar = await barGeometry(tab);
    expect(bar.rows).toBe(1);
    expect(bar.buttons.every((b) => b.right <= bar.windowWidth)).toBe(true);
    await openReaderPanel(tab, 'Text and colours');
    const box = (await shownPanelBox(tab))!;
    expect(box.bottom).toBeLessThanOrEqual(box.windowHeight);
    // The panel scrolls within itself down to its last control.
    const reset = await evaluateIn(tab, () => {
      const button = document.querySelector('legible-reader')!.shadowRoot!.querySelector<HTMLElement>(':popover-open .reset')!;
      button.scrollIntoView({ block: 'nearest', behavior: 'instant' });
      const rect = button.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, windowHeight: innerHeight };
    });
    expect(reset.top).toBeGreaterThanOrEqual(0);
    expect(reset.bottom).toBeLessThanOrEqual(reset.windowHeight);
  });

  it('mirrors its toolbar for a right-to-left article, and hangs a panel from its button', async () => {
    const tab = await openReaderAt(1280, 800, 'rtl-article.html');
    const bar = await barGeometry(tab);
    expect(bar.direction).toBe('rtl');
    const [close, ...rest] = bar.buttons;
    // Close stands at the right, the rest to its left.
    expect(rest.every((b) => b.right <= close!.left)).toBe(true);
    await openReaderPanel(tab, 'Text and colours');
    const box = (await shownPanelBox(tab))!;
    const button = bar.buttons.find((b) => b.name === 'Text and colours')!;
    expect(Math.abs(box.left - button.left)).toBeLessThanOrEqual(1);
  });
});

describe.each(BROWSERS)('the reader under forced colours and reduced motion, in %s', (browserName) => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await openHarness(browserName, { pageJavaScript: false, systemSettings: { forcedColors: true, reducedMotion: true } });
    page = await harness.browser.openPage(`${harness.site.articleOrigin}/article.html`);
    await page.setViewport({ width: 390, height: 844 });
    await harness.browser.toggleReader(page);
    await waitForReader(page);
    await waitForTranscripts(page);
  });
  afterAll(() => harness?.close());

  it('draws every toolbar icon in the system text colour, and a press on one works', async () => {
    const drawn = await evaluateIn(page, () => {
      const bar = document.querySelector('legible-reader')!.shadowRoot!.querySelector('[role="toolbar"]')!;
      return {
        forced: matchMedia('(forced-colors: active)').matches,
        icons: Array.from(bar.querySelectorAll<SVGElement>(':scope > button .icon, :scope > .menu-button .icon'), (icon) => {
          const style = getComputedStyle(icon);
          const rect = icon.getBoundingClientRect();
          return {
            stroke: style.stroke,
            color: style.color,
            background: getComputedStyle(bar).backgroundColor,
            seen: rect.width >= 16 && rect.height >= 16,
          };
        }),
      };
    });
    expect(drawn.forced).toBe(true);
    expect(drawn.icons).toHaveLength(6);
    for (const icon of drawn.icons) {
      expect(icon.seen).toBe(true);
      expect(icon.stroke).toBe(icon.color);
      expect(icon.color).not.toBe(icon.background);
    }
    const lineFocus = (await barGeometry(page)).buttons.find((b) => b.name === 'Line focus')!;
    const middle = await evaluateIn(
      page,
      () => document.querySelector('legible-reader')!.shadowRoot!.querySelector('[role="toolbar"]')!.getBoundingClientRect().height / 2,
    );
    await page.mouse.click((lineFocus.left + lineFocus.right) / 2, middle);
    const pressed = await evaluateIn(page, () =>
      Array.from(document.querySelector('legible-reader')!.shadowRoot!.querySelectorAll('[role="toolbar"] > button'))
        .find((b) => b.textContent === 'Line focus')!
        .getAttribute('aria-pressed'),
    );
    expect(pressed).toBe('true');
  });

  it('gives an open panel an edge the system colours draw', async () => {
    await openReaderPanel(page, 'Text and colours');
    const edge = await evaluateIn(page, () => {
      const style = getComputedStyle(document.querySelector('legible-reader')!.shadowRoot!.querySelector(':popover-open')!);
      return {
        style: style.borderTopStyle,
        width: parseFloat(style.borderTopWidth),
        color: style.borderTopColor,
        background: style.backgroundColor,
      };
    });
    expect(edge.style).toBe('solid');
    expect(edge.width).toBeGreaterThanOrEqual(1);
    expect(edge.color).not.toBe(edge.background);
    await page.keyboard.press('Escape');
    expect(await shownReaderPanel(page)).toBeNull();
  });

  it('keeps its toolbar in place as the text scrolls, for people who asked for less motion', async () => {
    const full = (await barGeometry(page)).height;
    await scrollReader(page, 600);
    expect((await barGeometry(page)).visibleHeight).toBe(full);
  });
});
