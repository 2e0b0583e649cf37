import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIn, extensionDirFor, pollPage } from '../../tools/browser-driver';
import { E2E_LOCALES } from '../../tools/ensure-browsers';
import { BROWSERS, openHarness, waitForReader, waitForTranscripts, type Harness } from './support/harness';
import { barGeometry } from './support/reader-geometry';
import { extensionWithRtlPseudoLocale, rtlPseudoCatalogue } from '../support/rtl-pseudo-locale';

type Catalogue = Record<string, { message: string }>;
const ROOT = resolve(import.meta.dirname, '../..');
const catalogueOf = (locale: string): Catalogue =>
  JSON.parse(readFileSync(resolve(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8')) as Catalogue;

/**
 * The languages the reader is shown in: German (long words), French, and a right-to-left
 * pseudo-locale put in German's place in a copy of the build, so the UI is ready for one.
 */
type UiLanguage = { title: string; locale: string; messages: Catalogue; direction: 'ltr' | 'rtl' };
const LANGUAGES: UiLanguage[] = [
  ...E2E_LOCALES.map((locale) => ({ title: locale, locale, messages: catalogueOf(locale), direction: 'ltr' as const })),
  { title: 'a right-to-left pseudo-locale', locale: E2E_LOCALES[0], messages: rtlPseudoCatalogue(catalogueOf('en')), direction: 'rtl' },
];

/** The toolbar's buttons, start to end, by their messages. */
const BAR_BUTTONS = ['readerClose', 'readerAppearanceButton', 'readAloud', 'readerLineFocus', 'readerJumpTranscripts', 'readerMore'];

/**
 * What under `rootSelector` (in the reader's shadow root, or the document) a person would see cut
 * off: a control or a run of text wider than its own box, or reaching past the root's box or the
 * window. Text hidden for screen readers only (a 1 px box) is left out.
 */
function cutOffText(page: Page, rootSelector: string): Promise<string[]> {
  return evaluateIn(
    page,
    (selector: string) => {
      const scope = document.querySelector('legible-reader')?.shadowRoot ?? document;
      const root = scope.querySelector(selector);
      if (!root) return [`nothing matches ${selector}`];
      const bounds = root.getBoundingClientRect();
      const [left, right] = [Math.max(bounds.left, 0), Math.min(bounds.right, document.documentElement.clientWidth)];
      const ownsText = (element: Element) =>
        Array.from(element.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
      const found: string[] = [];
      for (const element of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
        if (!ownsText(element) && !element.matches('input, select, output, button, textarea')) continue;
        const rect = element.getBoundingClientRect();
        if (rect.width <= 1 || rect.height <= 1) continue;
        const wider = element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 1;
        // A field's placeholder is cut off inside the field without making it scroll: measure it.
        if (element instanceof HTMLInputElement && element.placeholder && !element.value) {
          const style = getComputedStyle(element);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = style.font;
          const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          if (context.measureText(element.placeholder).width > room + 1)
            found.push(
              `input placeholder “${element.placeholder}” needs ${Math.round(context.measureText(element.placeholder).width)} px, has ${Math.round(room)}`,
            );
        }
        if (wider || rect.left < left - 1 || rect.right > right + 1)
          found.push(
            `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 40)}” at ${Math.round(rect.left)}–${Math.round(rect.right)} in ${Math.round(left)}–${Math.round(right)}, ${element.scrollWidth} wide in ${element.clientWidth}`,
          );
      }
      return found;
    },
    rootSelector,
  );
}

describe.each(BROWSERS)('the reader in other languages, in %s', (browserName) => {
  describe.each(LANGUAGES)('$title', ({ locale, messages, direction }) => {
    let harness: Harness;
    let page: Page | undefined;
    let pseudoBuild: string | undefined;

    beforeAll(async () => {
      if (direction === 'rtl') pseudoBuild = await extensionWithRtlPseudoLocale(extensionDirFor(browserName, ROOT), locale);
      harness = await openHarness(browserName, { pageJavaScript: false, locale, extensionDir: pseudoBuild });
    });
    afterAll(async () => {
      await harness?.close();
      if (pseudoBuild) await rm(pseudoBuild, { recursive: true, force: true });
    });
    afterEach(async () => {
      await page?.close();
      page = undefined;
    });

    async function openReaderAt(width: number, height: number): Promise<Page> {
      page = await harness.browser.openPage(`${harness.site.articleOrigin}/article.html`);
      await page.setViewport({ width, height });
      await harness.browser.toggleReader(page);
      await waitForReader(page);
      await waitForTranscripts(page);
      return page;
    }

    it.each([
      [390, 844],
      [1280, 800],
    ])('names its toolbar in the language, on one row, no name cut off, at %i px', async (width, height) => {
      const tab = await openReaderAt(width, height);
      const bar = await barGeometry(tab);
      expect(bar.buttons.map((b) => b.name)).toEqual(BAR_BUTTONS.map((key) => messages[key]!.message));
      expect(bar.rows).toBe(1);
      for (const button of bar.buttons) {
        expect(button.right, button.name).toBeLessThanOrEqual(bar.windowWidth);
        expect(button.labelShown || button.title.length > 0, button.name).toBe(true);
      }
      expect(await cutOffText(tab, '[role="toolbar"]')).toEqual([]);
      expect(await cutOffText(tab, '.transcript-tools')).toEqual([]);
      // Screen readers read the controls in the language they are written in, laid out in its direction.
      const dialog = await evaluateIn(tab, () => {
        const reader = document.querySelector('legible-reader')!.shadowRoot!.querySelector('.reader')!;
        return [reader.getAttribute('lang'), getComputedStyle(reader).direction];
      });
      expect(dialog).toEqual([messages.messagesLocale!.message, direction]);
    });

    it.each([
      [390, 844],
      [1280, 800],
    ])('shows each panel in the language with no text cut off or off screen, at %i px', async (width, height) => {
      const tab = await openReaderAt(width, height);
      const panelIds = await evaluateIn(tab, () =>
        Array.from(document.querySelector('legible-reader')!.shadowRoot!.querySelectorAll('[popover]'), (panel) => panel.id).filter(
          Boolean,
        ),
      );
      expect(panelIds.length).toBeGreaterThanOrEqual(4);
      for (const id of panelIds) {
        const panel = await evaluateIn(
          tab,
          (panelId: string) => {
            const shown = document.querySelector('legible-reader')!.shadowRoot!.getElementById(panelId)!;
            shown.showPopover();
            return { direction: getComputedStyle(shown).direction };
          },
          id,
        );
        expect(panel.direction, id).toBe(direction);
        expect(await cutOffText(tab, `#${id}`), id).toEqual([]);
        await evaluateIn(
          tab,
          (panelId: string) => document.querySelector('legible-reader')!.shadowRoot!.getElementById(panelId)!.hidePopover(),
          id,
        );
      }
    });

    it('shows its options page in the language and its direction at a phone’s width, nothing cut off', async () => {
      page = await harness.browser.openExtensionPage('options.html');
      await page.setViewport({ width: 390, height: 844 });
      await pollPage(page, () => document.querySelector('h1')?.textContent, { what: 'the options page' });
      expect(await evaluateIn(page, () => [document.documentElement.lang, document.documentElement.dir, document.title])).toEqual([
        messages.messagesLocale!.message,
        direction,
        messages.optionsTitle!.message,
      ]);
      expect(await cutOffText(page, 'body')).toEqual([]);
    });
  });
});
