import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extensionDirFor, launchBrowser, pollPage, type BrowserName } from '../tools/browser-driver';
import { startDemoSite } from '../tools/demo-site';
import { ensureBrowsers } from '../tools/ensure-browsers';
import { readReader } from '../tools/reader-probe';

// npm start: build Legible, serve the demo article, open it with page JavaScript off and the
// reader open. Without a display: save a screenshot, print what the reader shows, and exit.
const { values } = parseArgs({ options: { browser: { type: 'string', default: 'chromium' } } });
const browserName = values.browser as BrowserName;
if (browserName !== 'chromium' && browserName !== 'firefox')
  throw new Error(`--browser must be chromium or firefox, not ${values.browser}`);

const root = resolve(import.meta.dirname, '..');
const headless = !process.env.DISPLAY;
execFileSync('npx', ['wxt', 'build', ...(browserName === 'firefox' ? ['-b', 'firefox'] : [])], { cwd: root, stdio: 'inherit' });
await ensureBrowsers([browserName]);

const site = await startDemoSite();
const browser = await launchBrowser(browserName, { extensionDir: extensionDirFor(browserName, root), pageJavaScript: false, headless });
try {
  const page = await browser.openPage(`${site.articleOrigin}/article.html`);
  await browser.toggleReader(page);
  await pollPage(page, () => document.querySelector('legible-reader')?.shadowRoot?.querySelector('article h1')?.textContent, {
    what: 'the reader',
  });
  // Transcripts arrive after the article; wait until no clip is still loading.
  await pollPage(page, () => !document.querySelector('legible-reader')?.shadowRoot?.querySelector('[aria-busy="true"]'), {
    what: 'transcripts',
  });
  const reader = await readReader(page);
  await mkdir(resolve(root, 'artifacts'), { recursive: true });
  const screenshot = resolve(root, `artifacts/legible-demo-${browserName}.png`);
  // A tall window, so the picture shows the article's first clip with its transcript.
  if (headless) await page.setViewport({ width: 1280, height: 1800 });
  await page.screenshot({ path: screenshot as `${string}.png` });
  console.log(`Screenshot: ${screenshot}`);
  console.log(`Reader title: ${reader.title}`);
  console.log(`Transcript lines: ${reader.transcriptLines}`);
  if (!headless) {
    console.log('Legible is open in the browser; close the window to finish.');
    await browser.waitForClose();
  }
} finally {
  await browser.close();
  await site.close();
}
