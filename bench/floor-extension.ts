import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NO_SCRIPT_MARKUP } from '../core/declutter/notice-lines';
import { WIDGETS } from '../core/declutter/script-widgets';
import { PLAYER_SELECTOR } from '../core/media/player-shells';

// `npm run bench -- --floor`: what part of the sentinel's time any sentinel would pay here. The
// stand-in has none of Legible's logic and none of its code: it asks the background once, waits
// for the same two idle moments, reads the document, matches the markup Legible's rules look for
// (players, script widgets, no-script boxes) in one query, and reports once. It neither detects
// articles, nor reads the text, nor hides anything.

const MARKUP = [PLAYER_SELECTOR, WIDGETS, NO_SCRIPT_MARKUP].join(', ');

const MANIFEST = {
  manifest_version: 3,
  name: 'Legible bench floor',
  version: '1',
  background: { service_worker: 'background.js' },
  content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['floor.js'], run_at: 'document_idle' }],
};

const BACKGROUND = 'chrome.runtime.onMessage.addListener((message, sender, reply) => reply({}));\n';

const CONTENT_SCRIPT = `chrome.runtime.sendMessage({ type: 'settings' });
const idle = (then) => requestIdleCallback(then, { timeout: 300 });
idle(() => idle(() => {
  const started = performance.now();
  const found = document.body.querySelectorAll(${JSON.stringify(MARKUP)}).length;
  chrome.runtime.sendMessage({ type: 'page-state', found });
  performance.measure('legible:sentinel', { start: started, end: performance.now() });
}));
`;

/** Writes the stand-in as an unpacked extension in a new temporary folder, and returns the folder. */
export async function writeFloorExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'legible-floor-'));
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(MANIFEST));
  await writeFile(join(dir, 'background.js'), BACKGROUND);
  await writeFile(join(dir, 'floor.js'), CONTENT_SCRIPT);
  return dir;
}
