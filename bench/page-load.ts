import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateIn, launchBrowser, type LegibleBrowser } from '../tools/browser-driver';
import { describeError, loadTraced, settle } from './sentinel';
import { rendererMainThreadBusyMs } from './trace-tasks';

// `npm run bench -- --page-load`: what a reader notices of Legible while pages load. Each page is
// loaded in turn in Chromium with Legible and in the same Chromium with an extension that does
// nothing (so both browsers run an extension's service worker, and only Legible differs), each
// load in a fresh tab, the two browsers taking turns going first.

/**
 * How long after the load event the bench waits before reading the main thread's busy time: past
 * the sentinel's two idle moments (at most 300 ms each) and the background's answer on notices.
 */
const UNTIL_IDLE_MS = 900;

/** One load's figures (ms). */
export type LoadFigures = { firstContentfulPaint: number; load: number; busy: number };
/** Each page's loads: with Legible, without it, and (where asked) with the floor stand-in of `--floor`. */
export type PageLoadSamples = { name: string; withLegible: LoadFigures[]; without: LoadFigures[]; floor?: LoadFigures[]; error?: string };
type Arm = 'withLegible' | 'without' | 'floor';

const EMPTY_MANIFEST = {
  manifest_version: 3,
  name: 'Legible bench: no extension',
  version: '1',
  background: { service_worker: 'background.js' },
};

async function writeEmptyExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'legible-empty-'));
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(EMPTY_MANIFEST));
  await writeFile(join(dir, 'background.js'), '// Nothing: a browser as it is without Legible.\n');
  return dir;
}

/** Loads every page `loads` times in each browser (with Legible, without, the floor's stand-in where given), page JavaScript as given. */
export async function measurePageLoads(
  targets: { name: string; url: string }[],
  options: { legibleDir: string; floorDir?: string; pageJavaScript: boolean; loads: number },
): Promise<PageLoadSamples[]> {
  const launch = (extensionDir: string) =>
    launchBrowser('chromium', { extensionDir, pageJavaScript: options.pageJavaScript, headless: true });
  const browsers = new Map<Arm, LegibleBrowser>([
    ['withLegible', await launch(options.legibleDir)],
    ['without', await launch(await writeEmptyExtension())],
  ]);
  if (options.floorDir) browsers.set('floor', await launch(options.floorDir));
  const arms = [...browsers.keys()];
  const results: PageLoadSamples[] = [];
  try {
    // A first load in each browser, not counted: its renderer and caches start cold.
    for (const browser of browsers.values()) await loadOnce(browser, targets[0]!.url).catch(() => undefined);
    for (const target of targets) {
      const result: PageLoadSamples = { name: target.name, withLegible: [], without: [], ...(options.floorDir ? { floor: [] } : {}) };
      try {
        for (let load = 0; load < options.loads; load++) {
          // Taking turns at going first, so that no browser always follows another's teardown.
          const shift = (load + results.length) % arms.length;
          for (const arm of [...arms.slice(shift), ...arms.slice(0, shift)])
            result[arm]!.push(await loadOnce(browsers.get(arm)!, target.url));
        }
      } catch (error) {
        result.error = describeError(error);
      }
      results.push(result);
    }
  } finally {
    await Promise.all([...browsers.values()].map((browser) => browser.close()));
  }
  return results;
}

/** One load in a fresh tab: its first contentful paint and load event, and its main thread's busy time until idle. */
async function loadOnce(browser: LegibleBrowser, url: string): Promise<LoadFigures> {
  await settle();
  // Chromium may give the page a renderer of its own on navigating, so its busy time is read from
  // a trace of every renderer's main thread, not from one renderer's counters.
  const page = await loadTraced(browser, url, ['toplevel', '__metadata']);
  try {
    await settle(UNTIL_IDLE_MS);
    const busy = rendererMainThreadBusyMs(await page.tracing.stop());
    const timings = await evaluateIn(page, () => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { firstContentfulPaint: paint?.startTime ?? Number.NaN, load: navigation?.loadEventStart ?? Number.NaN };
    });
    return { ...timings, busy };
  } finally {
    await page.close();
  }
}
