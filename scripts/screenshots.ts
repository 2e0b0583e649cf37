import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PALETTES, type FixedTheme } from '../components/themes';
import { extensionDirFor, launchBrowser, pollPage } from '../tools/browser-driver';
import { startDemoSite } from '../tools/demo-site';
import { ensureBrowsers } from '../tools/ensure-browsers';
import { chooseTheme, toggleAppearancePanel } from '../tools/reader-appearance';

// npm run screenshots: the README's pictures of the reader, one per theme and one of the Text and
// colours panel, taken from the demo article in Chromium, so they show the reader as it is built.
const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'docs/screenshots');
execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
await ensureBrowsers(['chromium']);
await mkdir(outDir, { recursive: true });

const site = await startDemoSite();
const browser = await launchBrowser('chromium', { extensionDir: extensionDirFor('chromium', root), pageJavaScript: false, headless: true });
try {
  const page = await browser.openPage(`${site.articleOrigin}/article.html`);
  await page.setViewport({ width: 1100, height: 900 });
  await browser.toggleReader(page);
  await pollPage(page, () => !!document.querySelector('legible-reader')?.shadowRoot?.querySelector('article h1') && !document.querySelector('legible-reader')!.shadowRoot!.querySelector('[aria-busy="true"]'), { what: 'the reader and its transcripts' });
  const shoot = async (name: string) => {
    const path = resolve(outDir, `${name}.png`) as `${string}.png`;
    await page.screenshot({ path });
    console.log(path);
  };
  for (const theme of Object.keys(PALETTES) as FixedTheme[]) {
    await toggleAppearancePanel(page);
    await chooseTheme(page, theme);
    await toggleAppearancePanel(page);
    await shoot(`reader-${theme}`);
  }
  await toggleAppearancePanel(page);
  await chooseTheme(page, 'light');
  await shoot('reader-text-and-colours');
  await chooseTheme(page, 'system');
} finally {
  await browser.close();
  await site.close();
}
