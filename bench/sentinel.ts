import type { Page } from 'puppeteer-core';
import { pollPage, type LegibleBrowser } from '../tools/browser-driver';
import { percentile } from './table';
import { scriptTaskFigures, TASK_TRACE_CATEGORIES, type ScriptTaskFigures } from './trace-tasks';

/** A pause between page loads, so one load's teardown does not time the next. */
export const SETTLE_MS = 150;
/**
 * How long after a page's load event the bench keeps still before it reads Legible's figures:
 * past the sentinel's wait for two idle moments (at most 300 ms each), so no request of the
 * bench's lands on the two cores while the sentinel runs.
 */
const QUIET_MS = 700;

export type CleanupFigures = { hiddenCount: number; salvagedCount: number; keptCount: number };

/** What every page pays for the sentinel: the median over its loads. */
export type SentinelFigures = {
  /** The first pass (detect and clean up) and, where the background judged notices, their hiding. */
  sentinelMs?: number;
  firstPassMs?: number;
  /** The longest of the sentinel's tasks on the page (its first pass's steps, and the notices' hiding). */
  longestTaskMs?: number;
  /** The thread time of every task that ran the sentinel, its script's first run included, from a trace. */
  cpuMs?: number;
  /** The longest of those tasks in thread time. */
  longestCpuMs?: number;
  cleanup?: CleanupFigures;
  isArticle: boolean;
  error?: string;
};

/**
 * The sentinel's time on a page: its first pass, plus the moment it hides the notices the
 * background judged, where it had any; the median over `loads` fresh loads.
 */
export async function measureSentinel(legible: LegibleBrowser, url: string, loads: number): Promise<SentinelFigures> {
  const result: SentinelFigures = { isArticle: false };
  const samples: number[] = [];
  const firstPassSamples: number[] = [];
  const longestSamples: number[] = [];
  const traced: ScriptTaskFigures[] = [];
  try {
    await eachLoad(legible, url, loads, 'sentinel.js', async (page, load, tasks) => {
      traced.push(tasks);
      const first = await readMeasure<CleanupFigures & { judging: boolean; tasksMs: number[] }>(page, 'legible:sentinel');
      // The first pass is a few tasks with idle moments between them: its time is theirs, not the wait's.
      const tasksMs = first.detail?.tasksMs ?? [first.ms];
      const firstPassMs = tasksMs.reduce((sum, ms) => sum + ms, 0);
      firstPassSamples.push(firstPassMs);
      let ms = firstPassMs;
      let longest = Math.max(...tasksMs);
      let cleanup: CleanupFigures | undefined = first.detail;
      if (first.detail?.judging) {
        const notices = await readMeasure<CleanupFigures>(page, 'legible:sentinel-notices');
        ms += notices.ms;
        longest = Math.max(longest, notices.ms);
        cleanup = notices.detail;
      }
      samples.push(ms);
      longestSamples.push(longest);
      if (load === 0) {
        result.cleanup = cleanup;
        result.isArticle = (await legible.getBadgeText(page)) !== '';
      }
    });
  } catch (error) {
    result.error = describeError(error);
  }
  result.sentinelMs = median(samples);
  result.firstPassMs = median(firstPassSamples);
  result.longestTaskMs = median(longestSamples);
  result.cpuMs = median(traced.map((t) => t.cpuMs));
  result.longestCpuMs = median(traced.map((t) => t.longestCpuMs));
  return result;
}

/** The stand-in's time on a page (floor-extension.ts), loaded as the sentinel's pages are; empty where it had none. */
export async function measureFloor(standIn: LegibleBrowser, url: string, loads: number): Promise<{ ms?: number; cpuMs?: number }> {
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  await eachLoad(standIn, url, loads, 'floor.js', async (page, _load, tasks) => {
    samples.push((await readMeasure(page, 'legible:sentinel')).ms);
    cpuSamples.push(tasks.cpuMs);
  }).catch(() => undefined);
  return { ms: median(samples), cpuMs: median(cpuSamples) };
}

/**
 * Loads `url` `loads` times, each in a fresh tab coming from a blank page of the same site, with a
 * trace of the tasks that ran `scriptFile`; lets `visit` read each load once the script has had
 * its idle moments.
 */
async function eachLoad(
  legible: LegibleBrowser,
  url: string,
  loads: number,
  scriptFile: string,
  visit: (page: Page, load: number, tasks: ScriptTaskFigures) => Promise<void>,
): Promise<void> {
  for (let load = 0; load < loads; load++) {
    // Let the browser finish tearing down the previous page first: on two cores its work
    // would otherwise land inside this page's wall-clock figure.
    await settle();
    const page = await loadTraced(legible, url, TASK_TRACE_CATEGORIES);
    try {
      await new Promise((quiet) => setTimeout(quiet, QUIET_MS));
      await readMeasure(page, 'legible:sentinel');
      const trace = await page.tracing.stop();
      if (!trace) throw new Error('Chromium returned no trace');
      await visit(page, load, scriptTaskFigures(trace, scriptFile, 'legible:sentinel'));
    } finally {
      await page.close();
    }
  }
}

/** A measure Legible leaves on the page's timeline, once it is there (the latest, where there are several). */
export async function readMeasure<Detail>(page: Page, name: string, timeoutMs = 10_000): Promise<{ ms: number; detail?: Detail }> {
  const json = await pollPage(
    page,
    (measureName: string) => {
      const entry = performance.getEntriesByName(measureName).at(-1) as PerformanceMeasure | undefined;
      return entry ? JSON.stringify({ ms: entry.duration, detail: entry.detail as unknown }) : '';
    },
    { what: name, timeoutMs },
    name,
  );
  return JSON.parse(json) as { ms: number; detail?: Detail };
}

/** Opens `url` in a fresh tab once the last one's teardown has settled, and waits for its sentinel (or the stand-in's) to have looked. */
export async function openWatchedPage(browser: LegibleBrowser, url: string): Promise<Page> {
  await settle();
  const page = await browser.openPage(url);
  await pollPage(page, () => performance.getEntriesByName('legible:sentinel').length, { what: 'the sentinel' });
  return page;
}

/**
 * Loads `url` in a fresh tab coming from a blank page of the same site, as a reader's tab comes
 * from another page, with a trace of `categories` running from before the navigation.
 */
export async function loadTraced(browser: LegibleBrowser, url: string, categories: string[]): Promise<Page> {
  const page = await browser.openPage(new URL('/legible-bench-blank', url).href);
  try {
    await page.tracing.start({ categories });
    await page.goto(url, { waitUntil: 'load' });
    return page;
  } catch (error) {
    await page.close();
    throw error;
  }
}

export function settle(ms = SETTLE_MS): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

export function median(samples: number[]): number | undefined {
  return samples.length ? percentile(samples, 50) : undefined;
}

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}
