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
import { measureFloorOpenings, measureOpenings, measureReaderView, type OpeningSample } from './openings';
import { printOpeningParts } from './openings-report';
import { measurePageLoads } from './page-load';
import { printPageLoads } from './page-load-report';
import { describeError, measureFloor, measureSentinel, openWatchedPage, type SentinelFigures } from './sentinel';
import { percentile, printTable } from './table';

// npm run bench [-- --corpus DIR] [--pages a,b] [--openings N] [--loads N] [--floor] [--page-load]:
// what Legible costs every page and every opening, measured as DESIGN.md's "Measuring" says, with
// page JavaScript off: the sentinel (Chromium), the reader's opening in Chromium and in Firefox
// beside Firefox's own Reader View. --floor also times a stand-in with none of the sentinel's
// logic (floor-extension.ts); --page-load loads every page with Legible and without it
// (page-load.ts), page JavaScript off and on.
// npm run bench -- --extraction DIR [--pages p0001,p0002]: how clean the reader's article is on a
// labelled set of pages, beside plain Readability and Defuddle (extraction/run-extraction.ts).
const BUDGETS = { sentinelBytes: 15_000, sentinelToFloorP95: 1.3, sentinelLongestTaskMs: 16, openingP50Ms: 30, openingP95Ms: 100 };
/** The article a saved page's expected.html holds, as the reader should keep it (#14). */
const WORDS_KEPT_MEDIAN = 0.98;
const WORDS_KEPT_FLOOR = 0.9;

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    openings: { type: 'string', default: '3' },
    loads: { type: 'string', default: '7' },
    'page-loads': { type: 'string', default: '3' },
    floor: { type: 'boolean', default: false },
    'page-load': { type: 'boolean', default: false },
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
const only = values.pages?.split(',');

execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });

if (values.extraction) {
  await ensureBrowsers(['chromium']);
  const legible = await launchBrowser('chromium', {
    extensionDir: extensionDirFor('chromium', root),
    pageJavaScript: false,
    headless: true,
  });
  try {
    await runExtractionBench(legible, resolve(values.extraction), {
      only,
      reportPath: join(root, 'artifacts', 'extraction-snippets.json'),
    });
  } finally {
    await legible.close();
  }
  process.exit(0);
}
execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: root, stdio: 'ignore' });
await ensureBrowsers(['chromium', 'firefox']);

type PageFigures = SentinelFigures & {
  name: string;
  /** The stand-in's time on the page, and its openings (--floor). */
  floorMs?: number;
  floorCpuMs?: number;
  floorOpenings?: number[];
  /** The Readability stand-in's openings on the page, the first first (--floor). */
  readabilityFloorOpenings?: number[];
  chromium: OpeningSample[];
  firefox: OpeningSample[];
  /** Firefox's Reader View, from the navigation to the article's text. */
  readerView: number[];
  /** The share of the page's expected.html words the reader shows, where the corpus has one. */
  wordsKept?: number;
};

const corpusDir = values.corpus ? resolve(values.corpus) : undefined;
const corpusPages = corpusDir
  ? (await readdir(corpusDir, { withFileTypes: true }))
      .filter((d) => d.isDirectory() && (!only || only.includes(d.name)))
      .map((d) => d.name)
      .sort()
  : [];
const site = await startDemoSite({ pageRoots: corpusDir ? [corpusDir] : [] });
const targets = [
  ...(only && corpusDir ? [] : [{ name: 'demo article', url: `${site.articleOrigin}/article.html` }]),
  ...corpusPages.map((name) => ({ name, url: `${site.articleOrigin}/${name}/source.html` })),
];
const figures: PageFigures[] = [];
const notes: string[] = [];
try {
  const chromium = await launchBrowser('chromium', {
    extensionDir: extensionDirFor('chromium', root),
    pageJavaScript: false,
    headless: true,
  });
  try {
    // Two passes, so that no reader opened on one page leaves work (garbage, layout) that lands in
    // the next page's sentinel time: every page shares one renderer, being on one site.
    for (const target of targets)
      figures.push({
        name: target.name,
        ...(await measureSentinel(chromium, target.url, loadsPerPage)),
        chromium: [],
        firefox: [],
        readerView: [],
      });
    for (const [i, target] of targets.entries()) {
      if (!figures[i]!.isArticle) continue;
      const { samples, error } = await measureOpenings(chromium, target.url, openingsPerPage);
      figures[i]!.chromium = samples;
      if (error) notes.push(`${target.name}: Chromium opening: ${error}`);
    }
    if (corpusDir)
      for (const [i, target] of targets.entries())
        await measureWordsKept(chromium, target.url, join(corpusDir, target.name, 'expected.html'), figures[i]!);
  } finally {
    await chromium.close();
  }
  if (values.floor) {
    const standIn = await launchBrowser('chromium', { extensionDir: await writeFloorExtension(), pageJavaScript: false, headless: true });
    try {
      for (const [i, target] of targets.entries()) {
        const floor = await measureFloor(standIn, target.url, loadsPerPage);
        [figures[i]!.floorMs, figures[i]!.floorCpuMs] = [floor.ms, floor.cpuMs];
        if (figures[i]!.isArticle)
          figures[i]!.floorOpenings = await measureFloorOpenings(standIn, target.url, openingsPerPage).catch(() => []);
      }
    } finally {
      await standIn.close();
    }
    const readabilityStandIn = await launchBrowser('chromium', {
      extensionDir: await writeFloorExtension({ readability: true }),
      pageJavaScript: false,
      headless: true,
    });
    try {
      for (const [i, target] of targets.entries()) {
        if (figures[i]!.isArticle)
          figures[i]!.readabilityFloorOpenings = await measureFloorOpenings(readabilityStandIn, target.url, openingsPerPage).catch(
            () => [],
          );
      }
    } finally {
      await readabilityStandIn.close();
    }
  }
  const firefox = await launchBrowser('firefox', { extensionDir: extensionDirFor('firefox', root), pageJavaScript: false, headless: true });
  try {
    for (const [i, target] of targets.entries()) {
      if (!figures[i]!.isArticle) continue;
      const legible = await measureOpenings(firefox, target.url, openingsPerPage);
      const readerView = await measureReaderView(firefox, target.url, openingsPerPage);
      figures[i]!.firefox = legible.samples;
      figures[i]!.readerView = readerView.samples;
      if (legible.error) notes.push(`${target.name}: Firefox opening: ${legible.error}`);
      if (readerView.error) notes.push(`${target.name}: Firefox Reader View: ${readerView.error}`);
    }
  } finally {
    await firefox.close();
  }
} finally {
  if (!values['page-load']) await site.close();
}

const sentinelBytes = await builtSentinelBytes();
const pick = (read: (f: PageFigures) => number | undefined) => figures.flatMap((f) => (read(f) === undefined ? [] : [read(f)!]));
const sentinelTimes = pick((f) => f.sentinelMs);
const floorTimes = pick((f) => f.floorMs);
const longestTasks = pick((f) => f.longestTaskMs);
const sentinelCpu = pick((f) => f.cpuMs);
const floorCpu = pick((f) => f.floorCpuMs);
const longestCpu = pick((f) => f.longestCpuMs);
const chromiumOpenings = figures.flatMap((f) => f.chromium);
// Firefox is compared where both it and Legible showed the article.
const compared = figures.filter((f) => f.firefox.length && f.readerView.length);
const firefoxFirst = compared.flatMap((f) => f.firefox.filter((s) => s.parts.fresh).map((s) => s.totalMs));
const firefoxAll = compared.flatMap((f) => f.firefox.map((s) => s.totalMs));
const readerViewTimes = compared.flatMap((f) => f.readerView);

console.log(
  `\nLegible bench: ${figures.length} pages (median of ${loadsPerPage} loads each), ${chromiumOpenings.length} reader openings in Chromium, ` +
    `${firefoxAll.length} in Firefox beside as many of its Reader View on ${compared.length} pages; page JavaScript off\n`,
);
printTable(
  ['measure', 'p50', 'p95', 'max', 'budget', 'within'],
  [
    [
      'sentinel size, clean-up included (bytes, JS+CSS)',
      String(sentinelBytes),
      '',
      '',
      `≤ ${BUDGETS.sentinelBytes}`,
      mark(sentinelBytes <= BUDGETS.sentinelBytes),
    ],
    [
      ...stats(
        'sentinel first pass: detect + clean-up (ms)',
        pick((f) => f.firstPassMs),
      ),
      '',
      '',
    ],
    againstFloor('sentinel in all, with the notices once judged (ms)', sentinelTimes, floorTimes),
    ...(values.floor ? [[...stats("floor: stand-in with #4's reads, no logic (ms)", floorTimes), '', '']] : []),
    longestTaskRow("sentinel's longest task, per page (ms)", longestTasks),
    // The same tasks in thread time, from a trace: what they cost without the waits for a core.
    againstFloor('sentinel, thread time of its tasks, script run included (ms)', sentinelCpu, floorCpu),
    ...(values.floor ? [[...stats('floor, thread time of its tasks (ms)', floorCpu), '', '']] : []),
    longestTaskRow("sentinel's longest task in thread time (ms)", longestCpu),
    openingRow(
      'Chromium reader opening, click → article (ms)',
      chromiumOpenings.map((s) => s.totalMs),
    ),
    openingRow(
      '  first on a page',
      chromiumOpenings.filter((s) => s.parts.fresh).map((s) => s.totalMs),
    ),
    openingRow(
      '  again, the article kept',
      chromiumOpenings.filter((s) => !s.parts.fresh).map((s) => s.totalMs),
    ),
    ...(values.floor
      ? [
          [
            ...stats(
              'floor: stand-in opening, click → page text (ms)',
              figures.flatMap((f) => f.floorOpenings ?? []),
            ),
            '',
            '',
          ],
          [
            ...stats(
              "floor with Readability: first opening, click → Readability's text (ms)",
              figures.flatMap((f) => f.readabilityFloorOpenings?.slice(0, 1) ?? []),
            ),
            '',
            '',
          ],
          [
            ...stats(
              '  again (Readability run again)',
              figures.flatMap((f) => f.readabilityFloorOpenings?.slice(1) ?? []),
            ),
            '',
            '',
          ],
        ]
      : []),
    [...stats('Firefox Reader View, about:reader → article (ms)', readerViewTimes), '', ''],
    againstReaderView('Firefox reader opening, message → article (ms)', firefoxAll),
    againstReaderView('  first on a page', firefoxFirst),
  ],
);
if (chromiumOpenings.length) printOpeningParts('Chromium', chromiumOpenings);
const firefoxOpenings = figures.flatMap((f) => f.firefox);
if (firefoxOpenings.length) printOpeningParts('Firefox', firefoxOpenings);

const kept = pick((f) => f.wordsKept);
if (values.verbose || corpusDir) {
  console.log('\nPer page (ms, medians):');
  printTable(
    [
      'page',
      'article',
      'sentinel',
      ...(values.floor ? ['floor'] : []),
      'longest task',
      'thread',
      ...(values.floor ? ['floor thread'] : []),
      'hidden',
      'salvaged',
      'kept',
      'Chromium opening',
      'Firefox opening',
      'Reader View',
      ...(kept.length ? ['words kept'] : []),
    ],
    figures.map((f) => [
      f.error ? `${f.name} (${f.error})` : f.name,
      f.isArticle ? 'yes' : 'no',
      f.sentinelMs?.toFixed(2) ?? '',
      ...(values.floor ? [f.floorMs?.toFixed(2) ?? ''] : []),
      f.longestTaskMs?.toFixed(2) ?? '',
      f.cpuMs?.toFixed(2) ?? '',
      ...(values.floor ? [f.floorCpuMs?.toFixed(2) ?? ''] : []),
      String(f.cleanup?.hiddenCount ?? 0),
      String(f.cleanup?.salvagedCount ?? 0),
      String(f.cleanup?.keptCount ?? 0),
      medianOf(f.chromium.map((s) => s.totalMs)),
      medianOf(f.firefox.map((s) => s.totalMs)),
      medianOf(f.readerView),
      ...(kept.length ? [f.wordsKept?.toFixed(3) ?? ''] : []),
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
if (notes.length) console.log(`\nNotes:\n${notes.map((n) => `- ${n}`).join('\n')}`);

if (values['page-load']) {
  try {
    for (const pageJavaScript of [false, true]) {
      const results = await measurePageLoads(targets, {
        legibleDir: extensionDirFor('chromium', root),
        floorDir: values.floor ? await writeFloorExtension() : undefined,
        pageJavaScript,
        loads: Math.max(1, Number(values['page-loads'])),
      });
      printPageLoads(results, pageJavaScript, values.verbose || !!corpusDir);
    }
  } finally {
    await site.close();
  }
}

function stats(label: string, samples: number[]): string[] {
  if (samples.length === 0) return [label, '', '', ''];
  return [label, percentile(samples, 50).toFixed(2), percentile(samples, 95).toFixed(2), Math.max(...samples).toFixed(2)];
}

/** The sentinel's figure against the floor stand-in's in the same run: p95 within 1.3 times. */
function againstFloor(label: string, samples: number[], floor: number[]): string[] {
  if (!floor.length) return [...stats(label, samples), 'p95 ≤ 1.3 × floor (--floor)', ''];
  const budget = BUDGETS.sentinelToFloorP95 * percentile(floor, 95);
  return [...stats(label, samples), `p95 ≤ ${budget.toFixed(2)}`, samples.length ? mark(percentile(samples, 95) <= budget) : 'no data'];
}

function longestTaskRow(label: string, samples: number[]): string[] {
  return [
    ...stats(label, samples),
    `max ≤ ${BUDGETS.sentinelLongestTaskMs}`,
    mark(!samples.length || Math.max(...samples) <= BUDGETS.sentinelLongestTaskMs),
  ];
}

function openingRow(label: string, samples: number[]): string[] {
  const budget = `p50 ≤ ${BUDGETS.openingP50Ms}, p95 ≤ ${BUDGETS.openingP95Ms}`;
  if (!samples.length) return [...stats(label, samples), budget, 'no data'];
  return [
    ...stats(label, samples),
    budget,
    mark(percentile(samples, 50) <= BUDGETS.openingP50Ms && percentile(samples, 95) <= BUDGETS.openingP95Ms),
  ];
}

/** Legible's opening in Firefox against Reader View's on the same pages: no slower at p50 and p95. */
function againstReaderView(label: string, samples: number[]): string[] {
  if (!samples.length || !readerViewTimes.length) return [...stats(label, samples), '≤ Reader View', 'no data'];
  const [p50, p95] = [percentile(readerViewTimes, 50), percentile(readerViewTimes, 95)];
  return [
    ...stats(label, samples),
    `p50 ≤ ${p50.toFixed(0)}, p95 ≤ ${p95.toFixed(0)}`,
    mark(percentile(samples, 50) <= p50 && percentile(samples, 95) <= p95),
  ];
}

function medianOf(samples: number[]): string {
  return samples.length ? percentile(samples, 50).toFixed(0) : '';
}

function mark(ok: boolean): string {
  return ok ? 'yes' : 'NO';
}

async function builtSentinelBytes(): Promise<number> {
  const build = extensionDirFor('chromium', root);
  const manifest = JSON.parse(await readFile(join(build, 'manifest.json'), 'utf8')) as {
    content_scripts: { js?: string[]; css?: string[] }[];
  };
  const files = manifest.content_scripts.flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  return (await Promise.all(files.map(async (f) => (await stat(join(build, f))).size))).reduce((a, b) => a + b, 0);
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
    page = await openWatchedPage(legible, url);
    await legible.toggleReader(page);
    const outcome = JSON.parse(await pollPage(page, readReaderOutcome, { what: 'the reader', intervalMs: 20 })) as ReaderOutcome;
    result.wordsKept = shareOfWordsKept(await evaluateIn(page, renderedText, expected), outcome.state === 'article' ? outcome.text : '');
  } catch (error) {
    result.error ??= `words kept: ${describeError(error)}`;
  } finally {
    await page?.close().catch(() => undefined);
  }
}
