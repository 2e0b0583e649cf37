import { build } from 'esbuild';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { evaluateIn, pollPage, type LegibleBrowser } from '../../tools/browser-driver';
import { percentile, printTable } from '../table';
import { readReaderOutcome, runStandIn, timeFloorPass, type ReaderOutcome } from './in-page';
import { readLabels, serveLabelledPages } from './labelled-pages';
import { addUp, figuresOf, scorePage, type PageScore } from './score';

/** The extractors measured side by side on each live page. */
const EXTRACTORS = ['legible', 'readability', 'defuddle'] as const;
type Extractor = (typeof EXTRACTORS)[number];
const LABELS: Record<Extractor, string> = {
  legible: 'Legible (the reader)',
  readability: 'plain Readability, same page',
  defuddle: 'Defuddle, same page',
};

/** Legible's own timings of the opening, as the reader leaves them (`legible:extract`). */
type ExtractTimings = Record<string, number>;
type PageRun = {
  id: string;
  file: string;
  error?: string;
  results: Partial<Record<Extractor, { opened: boolean; score: PageScore }>>;
  timings?: ExtractTimings;
  /** The floor under the second pass on this page (`timeFloorPass`). */
  floorMs?: number;
  /** Legible's second pass on plain Readability's article, run twice (`second-pass-in-page.ts`). */
  passTwice?: { first: number; again: number };
};

const require = createRequire(import.meta.url);
const STAND_IN_SOURCES = {
  Readability: require.resolve('@mozilla/readability/Readability.js'),
  Defuddle: require.resolve('defuddle'),
};

/**
 * `npm run bench -- --extraction DIR`: the built extension in Chromium with page JavaScript off,
 * opened by its toolbar message on each labelled page, its article text scored as the set's README
 * says; in the same run and on the same live page, plain Readability and Defuddle as stand-ins.
 */
export async function runExtractionBench(
  legible: LegibleBrowser,
  dir: string,
  options: { only?: string[]; reportPath: string },
): Promise<void> {
  const labels = await readLabels(dir);
  const ids = Object.keys(labels).filter((id) => !options.only || options.only.includes(id));
  const server = await serveLabelledPages(dir);
  const libraries = Object.fromEntries(
    await Promise.all(Object.entries(STAND_IN_SOURCES).map(async ([name, path]) => [name, await readFile(path, 'utf8')])),
  );
  const passTwice = await bundleSecondPass();
  const runs: PageRun[] = [];
  try {
    for (const [index, id] of ids.entries()) {
      runs.push(await measurePage(legible, `${server.origin}/${id}.html`, id, labels[id]!, libraries, passTwice));
      if ((index + 1) % 50 === 0) console.error(`… ${index + 1} of ${ids.length} pages`);
    }
  } finally {
    await server.close();
  }
  report(runs, ids.length);
  await mkdir(join(options.reportPath, '..'), { recursive: true });
  await writeFile(
    options.reportPath,
    JSON.stringify(
      runs.map(({ id, file, error, results }) => ({
        id,
        file,
        error,
        ...Object.fromEntries(
          Object.entries(results).map(([name, r]) => [name, { opened: r.opened, missed: r.score.missed, leaked: r.score.leaked }]),
        ),
      })),
      null,
      1,
    ),
  );
  console.log(`\nEvery leaked and missed snippet, per page: ${options.reportPath}`);
}

async function measurePage(
  legible: LegibleBrowser,
  url: string,
  id: string,
  labels: { file: string; with: string[]; without: string[] },
  libraries: Record<string, string>,
  passTwice: string,
): Promise<PageRun> {
  const run: PageRun = { id, file: labels.file, results: {} };
  let page: Page | undefined;
  let readabilityArticle: string | null = null;
  try {
    page = await legible.openPage(url);
    // The reader opens on a page the sentinel has seen, as after a person's click.
    await pollPage(page, () => performance.getEntriesByName('legible:sentinel').length, { what: 'the sentinel', timeoutMs: 15_000 });
    for (const [name, source] of Object.entries(libraries)) await loadLibrary(page, name, source);
    for (const name of ['Readability', 'Defuddle'] as const) {
      const { text, html } = await evaluateIn(page, runStandIn, name, url);
      run.results[name === 'Readability' ? 'readability' : 'defuddle'] = { opened: text !== null, score: scorePage(text ?? '', labels) };
      if (name === 'Readability' && html !== null) {
        readabilityArticle = html;
        run.floorMs = await evaluateIn(page, timeFloorPass, html);
      }
    }
    await legible.toggleReader(page);
    const outcome = JSON.parse(
      await pollPage(page, readReaderOutcome, { what: 'the reader', intervalMs: 20, timeoutMs: 15_000 }),
    ) as ReaderOutcome;
    const text = outcome.state === 'article' ? outcome.text : '';
    run.results.legible = { opened: outcome.state === 'article', score: scorePage(text, labels) };
    run.timings =
      (await evaluateIn(
        page,
        () => (performance.getEntriesByName('legible:extract')[0] as PerformanceMeasure | undefined)?.detail ?? null,
      )) ?? undefined;
    // Only now: a pattern this world compiles first would be one the reader's pass finds compiled.
    if (readabilityArticle !== null) {
      await page.evaluate(passTwice);
      run.passTwice = await evaluateIn(
        page,
        (html: string, pageUrl: string) =>
          (
            globalThis as unknown as {
              legibleSecondPassTwice(html: string, url: string, title: string, lang?: string): { first: number; again: number };
            }
          ).legibleSecondPassTwice(html, pageUrl, document.title, document.documentElement.lang || undefined),
        readabilityArticle,
        url,
      );
    }
  } catch (error) {
    run.error = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  } finally {
    await page?.close().catch(() => undefined);
  }
  return run;
}

/** Legible's second pass as one script for a page (`second-pass-in-page.ts`). */
async function bundleSecondPass(): Promise<string> {
  const bundled = await build({
    entryPoints: [join(import.meta.dirname, 'second-pass-in-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'error',
  });
  return bundled.outputFiles[0]!.text;
}

/** Defines a stand-in's library in the page (scripts are off there; the bench's evaluate is not). */
async function loadLibrary(page: Page, name: string, source: string): Promise<void> {
  await page.evaluate(
    `(() => { const module = { exports: {} }; const exports = module.exports; ${source}\n; globalThis[${JSON.stringify(name)}] = globalThis[${JSON.stringify(name)}] ?? module.exports.default ?? module.exports; })()`,
  );
}

function report(runs: PageRun[], pageCount: number): void {
  const measured = runs.filter((run) => !run.error);
  console.log(`\nLegible extraction bench: ${measured.length} of ${pageCount} labelled pages, Chromium, page JavaScript off\n`);
  printTable(
    ['extractor', 'precision', 'recall', 'F1', 'accuracy', 'TP', 'FN', 'FP', 'TN', 'no article'],
    EXTRACTORS.map((name) => {
      const scores = measured.flatMap((run) => (run.results[name] ? [run.results[name].score] : []));
      const totals = addUp(scores);
      const f = figuresOf(totals);
      const closed = measured.filter((run) => run.results[name] && !run.results[name].opened).length;
      return [
        LABELS[name],
        f.precision.toFixed(3),
        f.recall.toFixed(3),
        f.f1.toFixed(3),
        f.accuracy.toFixed(3),
        String(totals.tp),
        String(totals.fn),
        String(totals.fp),
        String(totals.tn),
        String(closed),
      ];
    }),
  );
  const notOpened = measured.filter((run) => run.results.legible && !run.results.legible.opened);
  const standInOnly = notOpened.filter((run) => run.results.readability?.opened);
  console.log(
    `\nThe reader did not open on ${notOpened.length} pages${notOpened.length ? `: ${notOpened.map((r) => r.id).join(', ')}` : ''}`,
  );
  console.log(
    `… of which plain Readability opened on ${standInOnly.length}${standInOnly.length ? `: ${standInOnly.map((r) => r.id).join(', ')}` : ''}`,
  );
  const phases = new Set(measured.flatMap((run) => Object.keys(run.timings ?? {})));
  if (phases.size) {
    console.log('\nThe reader’s extraction, per page (ms):');
    printTable(
      ['phase', 'p50', 'p95', 'max'],
      [...phases].map((phase) => {
        const samples = measured.flatMap((run) => (run.timings?.[phase] === undefined ? [] : [run.timings[phase]]));
        return [phase, percentile(samples, 50).toFixed(2), percentile(samples, 95).toFixed(2), Math.max(...samples).toFixed(2)];
      }),
    );
    const floor = measured.flatMap((run) => (run.floorMs === undefined ? [] : [run.floorMs]));
    const again = measured.flatMap((run) => (run.passTwice ? [run.passTwice.again] : []));
    const row = (what: string, samples: number[]) => [
      what,
      percentile(samples, 50).toFixed(2),
      percentile(samples, 95).toFixed(2),
      Math.max(...samples).toFixed(2),
    ];
    if (floor.length && again.length) {
      // The reader's secondPass above, less the work, is what its first run in a fresh renderer costs.
      console.log('\nThe second pass’s work, on plain Readability’s article in the same page (ms):');
      printTable(
        ['run', 'p50', 'p95', 'max'],
        [row('floor: one read of every block, nothing decided', floor), row('the pass, once its code and patterns are compiled', again)],
      );
    }
  }
  const failed = runs.filter((run) => run.error);
  if (failed.length) console.log(`\n${failed.length} pages could not be measured: ${failed.map((r) => `${r.id} (${r.error})`).join('; ')}`);
}
