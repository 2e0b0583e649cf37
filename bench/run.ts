import { execFileSync } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'puppeteer-core';
import { evaluateIn, extensionDirFor, launchBrowser, pollPage, type LegibleBrowser } from '../tools/browser-driver';
import { startDemoSite } from '../tools/demo-site';
import { ensureBrowsers } from '../tools/ensure-browsers';
import { readReaderOutcome, renderedText, type ReaderOutcome } from './extraction/in-page';
import { runExtractionBench } from './extraction/run-extraction';
import { shareOfWordsKept } from './extraction/score';
import { writeFloorExtension } from './floor-extension';
import { percentile, printTable } from './table';

// npm run bench [-- --corpus DIR] [--openings N] [--loads N] [--floor]: what Legible costs every page
// and every opening, measured as DESIGN.md's "Measuring" says, in Chromium with page JavaScript off.
// --floor also times a stand-in with none of the sentinel's logic (floor-extension.ts).
// npm run bench -- --extraction DIR [--pages p0001,p0002]: how clean the reader's article is on a
// labelled set of pages, beside plain Readability and Defuddle (extraction/run-extraction.ts).
const BUDGETS = { sentinelBytes: 15_000, sentinelP95Ms: 5, openingP95Ms: 250 };
/** The article a saved page's expected.html holds, as the reader should keep it (#14). */
const WORDS_KEPT_MEDIAN = 0.98;
const WORDS_KEPT_FLOOR = 0.9;
/** A pause between page loads, so one load's teardown does not time the next. */
const SETTLE_MS = 150;
/**
 * How long after a page's load event the bench keeps still before it reads Legible's figures:
 * past the sentinel's wait for two idle moments (at most 300 ms each), so no request of the
 * bench's lands on the two cores while the sentinel runs.
 */
const QUIET_MS = 700;

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    openings: { type: 'string', default: '3' },
    loads: { type: 'string', default: '7' },
    floor: { type: 'boolean', default: false },
    extraction: { type: 'string' },
    pages: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const root = resolve(import.meta.dirname, '..');
const openingsPerPage = Number(values.openings);
// Each page is loaded this many times and its median kept, so one slow moment of the machine does
// not count as the page's cost.
const loadsPerPage = Math.max(1, Number(values.loads));

execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
await ensureBrowsers(['chromium']);

if (values.extraction) {
  const legible = await launchBrowser('chromium', { extensionDir: extensionDirFor('chromium', root), pageJavaScript: false, headless: true });
  try {
    await runExtractionBench(legible, resolve(values.extraction), {
      only: values.pages?.split(','),
      reportPath: join(root, 'artifacts', 'extraction-snippets.json'),
    });
  } finally {
    await legible.close();
  }
  process.exit(0);
}

type CleanupFigures = { hiddenCount: number; salvagedCount: number; keptCount: number };
type PageFigures = {
  name: string;
  sentinelMs?: number;
  firstPassMs?: number;
  /** The stand-in's time on the page (--floor). */
  floorMs?: number;
  cleanup?: CleanupFigures;
  isArticle: boolean;
  openingsMs: number[];
  /** The share of the page's expected.html words the reader shows, where the corpus has one. */
  wordsKept?: number;
  error?: string;
};

const corpusDir = values.corpus ? resolve(values.corpus) : undefined;
const corpusPages = corpusDir ? (await readdir(corpusDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
const site = await startDemoSite({ pageRoots: corpusDir ? [corpusDir] : [] });
const browser = await launchBrowser('chromium', { extensionDir: extensionDirFor('chromium', root), pageJavaScript: false, headless: true });
const figures: PageFigures[] = [];
try {
  const targets = [{ name: 'demo article', url: `${site.articleOrigin}/article.html` }, ...corpusPages.map((name) => ({ name, url: `${site.articleOrigin}/${name}/source.html` }))];
  // Two passes, so that no reader opened on one page leaves work (garbage, layout) that lands in
  // the next page's sentinel time: every page shares one renderer, being on one site.
  for (const target of targets) figures.push(await measureSentinel(browser, target.name, target.url));
  for (const [i, target] of targets.entries()) await measureOpenings(browser, target.url, figures[i]!);
  if (corpusDir) for (const [i, target] of targets.entries()) await measureWordsKept(browser, target.url, join(corpusDir, target.name, 'expected.html'), figures[i]!);
  if (values.floor) await measureFloor(targets, figures);
} finally {
  await browser.close();
  await site.close();
}

const sentinelBytes = await builtSentinelBytes();
const sentinelTimes = figures.flatMap((f) => (f.sentinelMs === undefined ? [] : [f.sentinelMs]));
const firstPassTimes = figures.flatMap((f) => (f.firstPassMs === undefined ? [] : [f.firstPassMs]));
const floorTimes = figures.flatMap((f) => (f.floorMs === undefined ? [] : [f.floorMs]));
const openings = figures.flatMap((f) => f.openingsMs);
const failed = figures.filter((f) => f.error);

console.log(
  `\nLegible bench: ${figures.length} pages (${sentinelTimes.length} measured, median of ${loadsPerPage} loads each), ${openings.length} reader openings, Chromium, page JavaScript off\n`,
);
printTable(
  ['measure', 'p50', 'p95', 'max', 'budget', 'within'],
  [
    ['sentinel size, clean-up included (bytes, JS+CSS)', String(sentinelBytes), '', '', `≤ ${BUDGETS.sentinelBytes}`, mark(sentinelBytes <= BUDGETS.sentinelBytes)],
    row('sentinel first pass: detect + clean-up (ms)', firstPassTimes, BUDGETS.sentinelP95Ms),
    row('sentinel in all, with the notices once judged (ms)', sentinelTimes, BUDGETS.sentinelP95Ms),
    row('reader opening, toolbar click → article (ms)', openings, BUDGETS.openingP95Ms),
    ...(values.floor ? [floorRow(floorTimes)] : []),
  ],
);
const kept = figures.flatMap((f) => (f.wordsKept === undefined ? [] : [f.wordsKept]));
if (values.verbose || corpusDir) {
  console.log('\nPer page:');
  printTable(
    ['page', 'article', 'sentinel ms', ...(values.floor ? ['floor ms'] : []), 'hidden', 'salvaged', 'kept', 'opening ms (median)', ...(kept.length ? ['words kept'] : []), 'note'],
    figures.map((f) => [
      f.name,
      f.isArticle ? 'yes' : 'no',
      f.sentinelMs?.toFixed(2) ?? '',
      ...(values.floor ? [f.floorMs?.toFixed(2) ?? ''] : []),
      String(f.cleanup?.hiddenCount ?? 0),
      String(f.cleanup?.salvagedCount ?? 0),
      String(f.cleanup?.keptCount ?? 0),
      f.openingsMs.length ? percentile(f.openingsMs, 50).toFixed(0) : '',
      ...(kept.length ? [f.wordsKept?.toFixed(3) ?? ''] : []),
      f.error ?? '',
    ]),
  );
}
if (kept.length) {
  const below = figures.filter((f) => f.wordsKept !== undefined && f.wordsKept < WORDS_KEPT_FLOOR);
  console.log(
    `\nWords of expected.html the reader keeps: median ${percentile(kept, 50).toFixed(3)} over ${kept.length} pages (budget ≥ ${WORDS_KEPT_MEDIAN}); ` +
      `below ${WORDS_KEPT_FLOOR}: ${below.length ? below.map((f) => `${f.name} ${f.wordsKept!.toFixed(3)}`).join(', ') : 'none'}`,
  );
}
if (failed.length) console.log(`\n${failed.length} pages had a problem (see the note column).`);

function row(label: string, samples: number[], budget: number): string[] {
  if (samples.length === 0) return [label, '', '', '', `p95 ≤ ${budget}`, 'no data'];
  const p95 = percentile(samples, 95);
  return [label, percentile(samples, 50).toFixed(2), p95.toFixed(2), Math.max(...samples).toFixed(2), `p95 ≤ ${budget}`, mark(p95 <= budget)];
}

/** The stand-in's figures, beside the sentinel's: no budget of its own. */
function floorRow(samples: number[]): string[] {
  const label = "floor: stand-in with #4's reads, no logic (ms)";
  if (samples.length === 0) return [label, '', '', '', '', 'no data'];
  return [label, percentile(samples, 50).toFixed(2), percentile(samples, 95).toFixed(2), Math.max(...samples).toFixed(2), '', ''];
}

function mark(ok: boolean): string {
  return ok ? 'yes' : 'NO';
}

async function builtSentinelBytes(): Promise<number> {
  const build = extensionDirFor('chromium', root);
  const manifest = JSON.parse(await readFile(join(build, 'manifest.json'), 'utf8')) as { content_scripts: { js?: string[]; css?: string[] }[] };
  const files = manifest.content_scripts.flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  return (await Promise.all(files.map(async (f) => (await stat(join(build, f))).size))).reduce((a, b) => a + b, 0);
}

/**
 * The sentinel's time on a page: its first pass, plus the moment it hides the notices the
 * background judged, where it had any; the median over several fresh loads.
 */
async function measureSentinel(legible: LegibleBrowser, name: string, url: string): Promise<PageFigures> {
  const result: PageFigures = { name, isArticle: false, openingsMs: [] };
  const samples: number[] = [];
  const firstPassSamples: number[] = [];
  try {
    await eachLoad(legible, url, async (page, load) => {
      const first = await readMeasure<CleanupFigures & { judging: boolean }>(page, 'legible:sentinel');
      firstPassSamples.push(first.ms);
      let ms = first.ms;
      let cleanup: CleanupFigures | undefined = first.detail;
      if (first.detail?.judging) {
        const notices = await readMeasure<CleanupFigures>(page, 'legible:sentinel-notices');
        ms += notices.ms;
        cleanup = notices.detail;
      }
      samples.push(ms);
      if (load === 0) {
        result.cleanup = cleanup;
        result.isArticle = (await legible.getBadgeText(page)) !== '';
      }
    });
  } catch (error) {
    result.error = describeError(error);
  }
  result.sentinelMs = samples.length ? percentile(samples, 50) : undefined;
  result.firstPassMs = firstPassSamples.length ? percentile(firstPassSamples, 50) : undefined;
  return result;
}

/**
 * Loads `url` in a fresh tab as many times as the bench asks, and lets `visit` read each load once
 * the sentinel has had its idle moments.
 */
async function eachLoad(legible: LegibleBrowser, url: string, visit: (page: Page, load: number) => Promise<void>): Promise<void> {
  for (let load = 0; load < loadsPerPage; load++) {
    // Let the browser finish tearing down the previous page first: on two cores its work
    // would otherwise land inside this page's wall-clock figure.
    await new Promise((settle) => setTimeout(settle, SETTLE_MS));
    const page = await legible.openPage(url);
    try {
      await new Promise((quiet) => setTimeout(quiet, QUIET_MS));
      await visit(page, load);
    } finally {
      await page.close();
    }
  }
}

/** The stand-in's time on each page, in a browser of its own, loaded as the sentinel's pages are. */
async function measureFloor(targets: { url: string }[], figures: PageFigures[]): Promise<void> {
  const standIn = await launchBrowser('chromium', { extensionDir: await writeFloorExtension(), pageJavaScript: false, headless: true });
  try {
    for (const [i, target] of targets.entries()) {
      const samples: number[] = [];
      await eachLoad(standIn, target.url, async (page) => void samples.push((await readMeasure(page, 'legible:sentinel')).ms)).catch((error: unknown) => {
        figures[i]!.error ??= `floor: ${describeError(error)}`;
      });
      if (samples.length) figures[i]!.floorMs = percentile(samples, 50);
    }
  } finally {
    await standIn.close();
  }
}

/** A measure Legible leaves on the page's timeline, once it is there. */
async function readMeasure<Detail>(page: Page, name: string): Promise<{ ms: number; detail?: Detail }> {
  const json = await pollPage(
    page,
    (measureName: string) => {
      const entry = performance.getEntriesByName(measureName)[0] as PerformanceMeasure | undefined;
      return entry ? JSON.stringify({ ms: entry.duration, detail: entry.detail as unknown }) : '';
    },
    { what: name, timeoutMs: 10_000 },
    name,
  );
  return JSON.parse(json) as { ms: number; detail?: Detail };
}

/** Toolbar click to article text in the reader, and closing it again, on an article page. */
async function measureOpenings(legible: LegibleBrowser, url: string, result: PageFigures): Promise<void> {
  if (!result.isArticle || result.error) return;
  let page: Page | undefined;
  try {
    await new Promise((settle) => setTimeout(settle, SETTLE_MS));
    page = await legible.openPage(url);
    await pollPage(page, () => performance.getEntriesByName('legible:sentinel').length, { what: 'the sentinel' });
    for (let i = 0; i < openingsPerPage; i++) {
      const started = performance.now();
      await legible.clickToolbarButton(page);
      await pollPage(page, () => (document.querySelector('legible-reader')?.shadowRoot?.querySelector('article .content')?.textContent?.length ?? 0) > 0, { intervalMs: 10, what: 'the reader' });
      result.openingsMs.push(performance.now() - started);
      await legible.clickToolbarButton(page);
      await pollPage(page, () => !document.querySelector('legible-reader'), { intervalMs: 5, what: 'the reader to close' });
    }
  } catch (error) {
    result.error = describeError(error);
  } finally {
    await page?.close().catch(() => undefined);
  }
}

/**
 * Opens the reader on a saved page and compares what it shows with the page's expected.html (the
 * article Readability's own tests expect): the share of its words the reader keeps.
 */
async function measureWordsKept(legible: LegibleBrowser, url: string, expectedPath: string, result: PageFigures): Promise<void> {
  const expected = await readFile(expectedPath, 'utf8').catch(() => undefined);
  if (expected === undefined) return;
  let page: Page | undefined;
  try {
    await new Promise((settle) => setTimeout(settle, SETTLE_MS));
    page = await legible.openPage(url);
    await pollPage(page, () => performance.getEntriesByName('legible:sentinel').length, { what: 'the sentinel' });
    await legible.toggleReader(page);
    const outcome = JSON.parse(await pollPage(page, readReaderOutcome, { what: 'the reader', intervalMs: 20 })) as ReaderOutcome;
    result.wordsKept = shareOfWordsKept(await evaluateIn(page, renderedText, expected), outcome.state === 'article' ? outcome.text : '');
  } catch (error) {
    result.error ??= `words kept: ${describeError(error)}`;
  } finally {
    await page?.close().catch(() => undefined);
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}
