import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NO_SCRIPT_MARKUP } from '../core/cleanup/notice-lines';
import { ARTICLE_TYPES } from '../core/detect/is-article';
import { WIDGETS } from '../core/cleanup/script-widgets';
import { PLAYER_SELECTOR } from '../core/players';

// `npm run bench -- --floor`: what part of the sentinel's time any sentinel would pay here. The
// stand-in makes the reads issue #4's rules need and nothing else: it asks the background once,
// waits for the same two idle moments, then reads the page's structured signals, the paragraphs'
// text where there are none (what the readerable check reads), the markup Legible's rules look for
// (players, script widgets, no-script boxes) in one query, and the page's text once for a mention
// of JavaScript, and reports once. It weighs nothing, hides nothing, and is a few hundred bytes
// of code to compile. Its toolbar button opens the floor under a reader (OPEN_SCRIPT below), or
// with `readability`, the floor under a reader that extracts with Readability (READABILITY_OPEN_SCRIPT).

const MARKUP = [PLAYER_SELECTOR, WIDGETS, NO_SCRIPT_MARKUP].join(', ');

const MANIFEST = {
  manifest_version: 3,
  name: 'Legible bench floor',
  version: '1',
  permissions: ['scripting'],
  host_permissions: ['http://*/*'],
  action: {},
  background: { service_worker: 'background.js' },
  content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['floor.js'], run_at: 'document_idle' }],
};

const background = (files: string[]) => `chrome.runtime.onMessage.addListener((message, sender, reply) => reply({}));
chrome.action.onClicked.addListener((tab) => chrome.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, files: ${JSON.stringify(files)} }));
`;

/**
 * A stand-in reader's injected script: a second click closes it; a first shows in a shadow root
 * the text `fill` (statements) puts into its `content` element, with no sanitizing, no styles
 * and no settings. The bench times it as it times Legible's (openings.ts).
 */
const openScript = (fill: string) => `(() => {
  const open = document.querySelector('legible-reader');
  if (open) return open.remove();
  const host = document.createElement('legible-reader');
  const root = host.attachShadow({ mode: 'open' });
  const content = root.appendChild(document.createElement('article')).appendChild(document.createElement('div'));
  content.className = 'content';
  ${fill}
  document.documentElement.append(host);
})();
`;

// The floor under any reader's opening: the toolbar click, the background, one injected script,
// and the page's paragraphs shown as text, with no extraction.
const OPEN_SCRIPT = openScript(
  "for (const paragraph of document.body.querySelectorAll('p')) content.appendChild(document.createElement('p')).textContent = paragraph.textContent;",
);

// The floor under a first opening of any reader built on Readability: Readability's own file
// injected with it (compiled on the first click, as a reader's bundle is), run on a copy of the
// page, and its article's text shown. No second pass.
const READABILITY_OPEN_SCRIPT = openScript(
  'content.textContent = new Readability(document.cloneNode(true)).parse()?.textContent || document.body.textContent;',
);

const CONTENT_SCRIPT = `chrome.runtime.sendMessage({ type: 'settings' });
const idle = (then) => requestIdleCallback(then, { timeout: 300 });
idle(() => idle(() => {
  const started = performance.now();
  const body = document.body;
  const signalled = document.querySelector('meta[property="og:type"]')?.getAttribute('content') === 'article'
    || !!document.querySelector('[itemprop="articleBody"]')
    || Array.from(document.querySelectorAll('script[type="application/ld+json"]')).some((script) => ${ARTICLE_TYPES}.test(script.textContent));
  let paragraphText = 0;
  if (!signalled) for (const paragraph of document.querySelectorAll('p, pre, article')) paragraphText += paragraph.textContent.length;
  const found = body.querySelectorAll(${JSON.stringify(MARKUP)}).length;
  const mention = Array.from(body.children).some((child) => child.localName !== 'script' && child.localName !== 'style' && /java\\s?script/i.test(child.textContent));
  chrome.runtime.sendMessage({ type: 'page-state', signalled, paragraphText, found, mention });
  performance.measure('legible:sentinel', { start: started, end: performance.now() });
}));
`;

/**
 * Writes the stand-in as an unpacked extension in a new temporary folder, and returns the folder.
 * With `readability`, its toolbar button opens Readability's article instead of the paragraphs.
 */
export async function writeFloorExtension(options: { readability?: boolean } = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'legible-floor-'));
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(MANIFEST));
  await writeFile(join(dir, 'floor.js'), CONTENT_SCRIPT);
  if (options.readability) {
    // Readability's file as published: a classic script that declares `Readability` (its CommonJS export is skipped).
    const source = await readFile(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
    await writeFile(join(dir, 'readability.js'), source);
    await writeFile(join(dir, 'open.js'), READABILITY_OPEN_SCRIPT);
    await writeFile(join(dir, 'background.js'), background(['readability.js', 'open.js']));
  } else {
    await writeFile(join(dir, 'open.js'), OPEN_SCRIPT);
    await writeFile(join(dir, 'background.js'), background(['open.js']));
  }
  return dir;
}
