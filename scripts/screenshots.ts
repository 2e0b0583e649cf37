import { execFileSync } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { PALETTES, type FixedTheme } from '../components/themes';
import { evaluateIn, extensionDirFor, launchBrowser, pollPage, type BrowserName } from '../tools/browser-driver';
import { startDemoSite } from '../tools/demo-site';
import { ensureBrowsers } from '../tools/ensure-browsers';

// npm run screenshots: the reader on the demo article as a person would check it: a phone, a laptop
// and a desktop screen, every theme, both browsers, with the Text and colours panel closed and open.
// All of them go to artifacts/screenshots/; the README's pictures (Chromium) to docs/screenshots/.
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
execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
await ensureBrowsers([...BROWSER_NAMES]);
await mkdir(outDir, { recursive: true });
await mkdir(readmeDir, { recursive: true });

/** The README shows the phone and the laptop side by side, each theme on the laptop, and the panel on both. */
const FOR_README: Record<string, string> = {
  'chromium-phone-light': 'phone-light',
  'chromium-phone-light-panel': 'phone-text-and-colours',
  'chromium-laptop-light-panel': 'reader-text-and-colours',
  ...Object.fromEntries(THEMES.map((theme) => [`chromium-laptop-${theme}`, `reader-${theme}`])),
};

const site = await startDemoSite();
let count = 0;
try {
  for (const browserName of BROWSER_NAMES) {
    const browser = await launchBrowser(browserName, { extensionDir: extensionDirFor(browserName, root), pageJavaScript: false, headless: true });
    try {
      for (const size of SIZES) {
        const page = await browser.openPage(`${site.articleOrigin}/article.html`);
        await page.setViewport({ width: size.width, height: size.height });
        await browser.toggleReader(page);
        await pollPage(page, () => !!document.querySelector('legible-reader')?.shadowRoot?.querySelector('article h1') && !document.querySelector('legible-reader')!.shadowRoot!.querySelector('[aria-busy="true"]'), {
          what: 'the reader and its transcripts',
        });
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
  }
} finally {
  await site.close();
}
console.log(`${count} screenshots in ${outDir}; the README's in ${readmeDir}`);

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
}
