import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { PALETTES, type FixedTheme } from '../components/themes';
import { evaluateIn, extensionDirFor, launchBrowser, pollPage, type BrowserName, type LegibleBrowser } from '../tools/browser-driver';
import { startDemoSite } from '../tools/demo-site';
import { E2E_LOCALES, ensureBrowsers } from '../tools/ensure-browsers';
import { PROMO_TILES, promoTileHtml } from '../tools/promo-tile';

// npm run screenshots: the reader on the demo article as a person would check it: a phone, a laptop
// and a desktop screen, every theme, both browsers, with the Text and colours panel closed and open;
// then in German and French on a phone and a laptop. All of them go to artifacts/screenshots/; the
// README's pictures (Chromium) to docs/screenshots/, the stores' (and their promotional tiles) to store/images/.
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'desktop', width: 1920, height: 1080 },
] as const;
const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];
const THEMES = Object.keys(PALETTES) as FixedTheme[];

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'artifacts/screenshots');
const readmeDir = resolve(root, 'docs/screenshots');
const storeDir = resolve(root, 'store/images');
execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
await ensureBrowsers([...BROWSER_NAMES], { withLanguagePacks: true });
await mkdir(outDir, { recursive: true });
await mkdir(readmeDir, { recursive: true });
await mkdir(storeDir, { recursive: true });

/** The README shows the phone and the laptop side by side, each theme on the laptop, and the panel on both. */
const FOR_README: Record<string, string> = {
  'chromium-phone-light': 'phone-light',
  'chromium-phone-light-panel': 'phone-text-and-colours',
  'chromium-laptop-light-panel': 'reader-text-and-colours',
  ...Object.fromEntries(THEMES.map((theme) => [`chromium-laptop-${theme}`, `reader-${theme}`])),
  ...Object.fromEntries(
    E2E_LOCALES.flatMap((locale) =>
      [`phone-${locale}`, `laptop-${locale}`, `laptop-${locale}-panel`].map((shot) => [`chromium-${shot}`, `locale-${shot}`]),
    ),
  ),
};

/** Both stores take screenshots of 1280 × 800: the laptop's, named in the order the listing shows them. */
const FOR_STORE: Record<string, string> = {
  'chromium-laptop-light': 'screenshot-1-reader-1280x800',
  'chromium-laptop-sepia-panel': 'screenshot-2-text-and-colours-1280x800',
  'chromium-laptop-dark': 'screenshot-3-dark-1280x800',
  'chromium-laptop-contrast': 'screenshot-4-high-contrast-1280x800',
  'chromium-laptop-de-panel': 'screenshot-5-in-german-1280x800',
};

const site = await startDemoSite();
let count = 0;
try {
  for (const browserName of BROWSER_NAMES) {
    const browser = await launchBrowser(browserName, {
      extensionDir: extensionDirFor(browserName, root),
      pageJavaScript: false,
      headless: true,
    });
    try {
      for (const size of SIZES) {
        const page = await openReaderAt(browser, size);
        // Real pointer clicks, so the pictures show what a mouse user sees (no keyboard focus rings).
        const panelButton = '[aria-controls="legible-appearance-panel"]';
        for (const theme of THEMES) {
          await clickInReader(page, panelButton);
          await clickInReader(page, `[data-theme-choice="${theme}"] input`);
          await clickInReader(page, panelButton);
          await shoot(page, `${browserName}-${size.name}-${theme}`);
          await clickInReader(page, panelButton);
          await shoot(page, `${browserName}-${size.name}-${theme}-panel`);
          await clickInReader(page, panelButton);
        }
        await page.close();
      }
    } finally {
      await browser.close();
    }
    for (const locale of E2E_LOCALES) {
      const inLocale = await launchBrowser(browserName, {
        extensionDir: extensionDirFor(browserName, root),
        pageJavaScript: false,
        headless: true,
        locale,
      });
      try {
        for (const size of SIZES.filter((s) => s.name !== 'desktop')) {
          const page = await openReaderAt(inLocale, size);
          await shoot(page, `${browserName}-${size.name}-${locale}`);
          await clickInReader(page, '[aria-controls="legible-appearance-panel"]');
          await shoot(page, `${browserName}-${size.name}-${locale}-panel`);
          await page.close();
        }
      } finally {
        await inLocale.close();
      }
    }
  }
  await shootPromoTiles();
} finally {
  await site.close();
}
console.log(`${count} screenshots in ${outDir}; the README's in ${readmeDir}; the stores' in ${storeDir}`);

/** The demo article in a window of that size, the reader open and its transcripts in. */
async function openReaderAt(browser: LegibleBrowser, size: { width: number; height: number }): Promise<Page> {
  const page = await browser.openPage(`${site.articleOrigin}/article.html`);
  await page.setViewport({ width: size.width, height: size.height });
  await browser.toggleReader(page);
  await pollPage(
    page,
    () =>
      !!document.querySelector('legible-reader')?.shadowRoot?.querySelector('article h1') &&
      !document.querySelector('legible-reader')!.shadowRoot!.querySelector('[aria-busy="true"]'),
    {
      what: 'the reader and its transcripts',
    },
  );
  return page;
}

/** The stores' promotional tiles, drawn as a page in Chromium at each tile's size. */
async function shootPromoTiles(): Promise<void> {
  const browser = await launchBrowser('chromium', {
    extensionDir: extensionDirFor('chromium', root),
    pageJavaScript: true,
    headless: true,
  });
  try {
    const icon = `data:image/png;base64,${(await readFile(resolve(root, 'public/icon/128.png'))).toString('base64')}`;
    const page = await browser.openPage('about:blank');
    for (const tile of PROMO_TILES) {
      await page.setViewport({ width: tile.width, height: tile.height });
      await page.setContent(promoTileHtml(icon, tile));
      await page.screenshot({ path: resolve(storeDir, `${tile.name}-${tile.width}x${tile.height}.png`) as `${string}.png` });
      count++;
    }
  } finally {
    await browser.close();
  }
}

/** A pointer click on the middle of an element inside the reader, brought into view first. */
async function clickInReader(page: Page, selector: string): Promise<void> {
  const { x, y } = await evaluateIn(
    page,
    (target: string) => {
      const element = document.querySelector('legible-reader')!.shadowRoot!.querySelector(target)!;
      element.scrollIntoView({ block: 'nearest', behavior: 'instant' });
      const box = element.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    selector,
  );
  await page.mouse.click(x, y);
}

async function shoot(page: Page, name: string): Promise<void> {
  // The panel's placing and the bar's slide settle before the picture (the page runs no scripts to wait on).
  await new Promise((done) => setTimeout(done, 250));
  const path = resolve(outDir, `${name}.png`) as `${string}.png`;
  await page.screenshot({ path });
  count++;
  const readmeName = FOR_README[name];
  if (readmeName) await copyFile(path, resolve(readmeDir, `${readmeName}.png`));
  const storeName = FOR_STORE[name];
  if (storeName) await copyFile(path, resolve(storeDir, `${storeName}.png`));
}
