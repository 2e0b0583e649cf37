import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PALETTES, type FixedTheme } from '../../components/themes';
import { BUNDLED_FONT_FAMILY } from '../../components/typography';
import { BUNDLED_FONT_FACES } from '../../utils/bundled-font-faces';
import { THEMES } from '../../core/settings/appearance';
import { evaluateIn, pollPage } from '../../tools/browser-driver';
import { chooseTheme, clickReaderButton, readAppearance, toggleAppearancePanel } from '../../tools/reader-appearance';
import { openReaderPanel, shownReaderPanel, toggleMoreMenu } from '../../tools/reader-panels';
import { contrastRatio } from '../support/contrast';
import { axeViolations } from './support/axe';
import { BROWSERS, isReaderOpen, openHarness, waitForReader, waitForTranscripts, type Harness } from './support/harness';

type Sample = { what: string; fg: string; bg: string; kind: 'text' | 'edge' };

/**
 * The colours a reader sees in the open reader: text against the first opaque background behind
 * it, and controls' edges against what surrounds them, as the browser computed them.
 */
function sampleColours(page: Page): Promise<Sample[]> {
  return evaluateIn(page, () => {
    const root = document.querySelector('legible-reader')!.shadowRoot!;
    const backgroundOf = (el: Element | null): string => {
      for (let at = el; at; at = at.parentElement) {
        const colour = getComputedStyle(at).backgroundColor;
        if (colour !== 'transparent' && !/rgba\(.*, 0\)$/.test(colour)) return colour;
      }
      return 'rgb(255, 255, 255)';
    };
    const samples: { what: string; fg: string; bg: string; kind: 'text' | 'edge' }[] = [];
    const text = [
      '.content p',
      '.meta',
      '.original a',
      '.toolbar button',
      '.media-title',
      '.cue-time',
      '.cue-text',
      '.transcript-source',
      '.transcript-panel h2',
      '.appearance legend',
      '.appearance label',
      '.appearance output',
      '.appearance select',
    ];
    for (const selector of text) {
      const el = root.querySelector(selector);
      if (el) samples.push({ what: selector, fg: getComputedStyle(el).color, bg: backgroundOf(el), kind: 'text' });
    }
    for (const selector of ['.appearance select', '.appearance .reset', '.panel:popover-open']) {
      const el = root.querySelector(selector);
      if (el)
        samples.push({
          what: `${selector} edge`,
          fg: getComputedStyle(el).borderTopColor,
          bg: backgroundOf(el.parentElement),
          kind: 'edge',
        });
    }
    // The toolbar's buttons are their icons, with no edge of their own.
    const icon = root.querySelector('.toolbar .icon');
    if (icon) samples.push({ what: '.toolbar .icon', fg: getComputedStyle(icon).color, bg: backgroundOf(icon), kind: 'edge' });
    return samples;
  });
}

/** Where the theme tests leave a picture of each theme, for a person to look at (artifacts/ is not kept in git). */
const SCREENSHOTS = resolve(import.meta.dirname, '../../artifacts/e2e-screenshots');

const minimumFor = (theme: string, kind: Sample['kind']) => (kind === 'edge' ? 3 : theme === 'contrast' ? 7 : 4.5);

describe.each(BROWSERS)("the reader's text and colours in %s", (browserName) => {
  let harness: Harness;
  let page: Page;
  // Chromium is restarted on the same profile at the end, to show the choice outlives the browser.
  let profileDir: string | undefined;

  const openReader = async (target: Page) => {
    await harness.browser.toggleReader(target);
    await waitForReader(target);
    await waitForTranscripts(target);
  };

  beforeAll(async () => {
    profileDir = browserName === 'chromium' ? await mkdtemp(join(tmpdir(), 'legible-restart-')) : undefined;
    harness = await openHarness(browserName, { pageJavaScript: true, profileDir });
    page = await harness.browser.openPage(`${harness.site.articleOrigin}/article.html`);
    await openReader(page);
    await toggleAppearancePanel(page);
  });
  afterAll(async () => {
    await harness?.close();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  it.each(THEMES)('has no axe violations and reads at WCAG contrast in the %s theme', async (theme) => {
    await chooseTheme(page, theme);
    const applied = await readAppearance(page);
    expect(applied.theme).toBe(theme);
    if (theme !== 'system') expect(contrastRatio(applied.background, PALETTES[theme as FixedTheme].bg)).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    const samples = await sampleColours(page);
    expect(samples.length).toBeGreaterThanOrEqual(14);
    const failing = samples
      .map((s) => ({ ...s, ratio: Math.round(contrastRatio(s.fg, s.bg) * 100) / 100 }))
      .filter((s) => s.ratio < minimumFor(theme, s.kind))
      .map((s) => `${s.what}: ${s.fg} on ${s.bg} is ${s.ratio}:1`);
    expect(failing).toEqual([]);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `${browserName}-${theme}.png`) as `${string}.png` });

    // Every other panel, and the More menu, in this theme.
    for (const name of ['This page', 'Save or copy', 'Keyboard shortcuts'] as const) {
      const id = await openReaderPanel(page, name);
      expect(await shownReaderPanel(page)).toBe(id);
      expect(await axeViolations(page), name).toEqual([]);
    }
    await toggleMoreMenu(page);
    expect(await axeViolations(page), 'the More menu').toEqual([]);
    await toggleMoreMenu(page);
    await openReaderPanel(page, 'Text and colours');
  });

  it('sets its article in the bundled Atkinson Hyperlegible when chosen, on a page with a strict font policy too', async () => {
    const strict = await harness.browser.openPage(`${harness.site.articleOrigin}/strict-csp/article.html`);
    try {
      await harness.browser.toggleReader(strict);
      await waitForReader(strict);
      await toggleAppearancePanel(strict);
      await evaluateIn(strict, () => {
        const select = document.querySelector('legible-reader')!.shadowRoot!.querySelector<HTMLSelectElement>('.appearance select')!;
        select.value = 'hyperlegible';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      const loaded = await pollPage(
        strict,
        (family: string) =>
          document.fonts.check(`20px "${family}"`) &&
          Array.from(document.fonts).filter((face) => face.family.replace(/"/g, '') === family && face.status === 'loaded').length,
        { what: 'the bundled font' },
        BUNDLED_FONT_FAMILY,
      );
      expect(loaded).toBe(BUNDLED_FONT_FACES.length);
      const family = await evaluateIn(
        strict,
        () => getComputedStyle(document.querySelector('legible-reader')!.shadowRoot!.querySelector('.content p')!).fontFamily,
      );
      expect(family.startsWith(`"${BUNDLED_FONT_FAMILY}"`)).toBe(true);
    } finally {
      await strict.close();
    }
  });

  it("reads aloud with the browser's voices, or says plainly that it has none", async () => {
    const voices = await evaluateIn(page, () => speechSynthesis.getVoices().length);
    await clickReaderButton(page, 'Read aloud');
    if (voices === 0) {
      const note = await pollPage(
        page,
        () => document.querySelector('legible-reader')!.shadowRoot!.querySelector('.read-aloud-note')?.textContent,
        { what: 'the no-voices note' },
      );
      expect(note).toBe('This browser has no voices to read aloud with. Install a voice for your system, or use a screen reader.');
    } else {
      const reading = await pollPage(
        page,
        () =>
          CSS.highlights.has('legible-reading') &&
          document.querySelector('legible-reader')!.shadowRoot!.querySelector('.read-aloud') !== null,
        { what: 'reading aloud' },
      );
      expect(reading).toBe(true);
      await clickReaderButton(page, 'Read aloud');
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it(`keeps a choice when the reader opens again, and after ${browserName === 'chromium' ? 'a browser restart' : 'an extension reload'}`, async () => {
    await chooseTheme(page, 'dark');
    await clickReaderButton(page, 'Larger text');
    expect(await readAppearance(page)).toMatchObject({ theme: 'dark', fontSize: '22px' });
    // Closing stores what is not yet stored.
    await harness.browser.toggleReader(page);
    await expect.poll(() => isReaderOpen(page)).toBe(false);
    await openReader(page);
    expect(await readAppearance(page)).toMatchObject({ theme: 'dark', fontSize: '22px' });

    if (browserName === 'chromium') {
      await harness.close();
      harness = await openHarness(browserName, { pageJavaScript: true, profileDir });
    } else {
      await harness.browser.reloadExtension();
    }
    // Another address: the driver finds a page's tab by its address, and the first tab is still open.
    const again = await harness.browser.openPage(`${harness.site.articleOrigin}/article.html?again`);
    await openReader(again);
    expect(await readAppearance(again)).toMatchObject({ theme: 'dark', fontSize: '22px' });
  });
});
