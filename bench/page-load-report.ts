import type { LoadFigures, PageLoadSamples } from './page-load';
import { percentile, printTable } from './table';

/** The bar: first paint and load within 2 % of the page without Legible, busy time within 3 ms (p50s). */
export const PAGE_LOAD_BUDGETS = { paintAndLoadRatio: 1.02, busyMs: 3 };

const MEASURES: { key: keyof LoadFigures; label: string }[] = [
  { key: 'firstContentfulPaint', label: 'first contentful paint' },
  { key: 'load', label: 'load event' },
  { key: 'busy', label: 'main thread busy until idle' },
];

/** The page-load comparison of one run, page JavaScript as given: in all, then (verbose) per page. */
export function printPageLoads(results: PageLoadSamples[], pageJavaScript: boolean, perPage: boolean): boolean {
  const loads = results.reduce((n, r) => n + r.withLegible.length, 0);
  console.log(`\nPage load with and without Legible, page JavaScript ${pageJavaScript ? 'on' : 'off'}: ${results.length} pages, ${loads} loads each way (ms)`);
  let within = true;
  const rows = MEASURES.map(({ key, label }) => {
    const withLegible = results.flatMap((r) => r.withLegible.map((l) => l[key])).filter(Number.isFinite);
    const without = results.flatMap((r) => r.without.map((l) => l[key])).filter(Number.isFinite);
    if (!withLegible.length || !without.length) return [label, '', '', '', '', '', '', '', 'no data'];
    const [w50, w95, o50, o95] = [percentile(withLegible, 50), percentile(withLegible, 95), percentile(without, 50), percentile(without, 95)];
    const ok = key === 'busy' ? w50 - o50 <= PAGE_LOAD_BUDGETS.busyMs : w50 <= o50 * PAGE_LOAD_BUDGETS.paintAndLoadRatio;
    within &&= ok;
    const budget = key === 'busy' ? `p50 Δ ≤ ${PAGE_LOAD_BUDGETS.busyMs} ms` : `p50 ≤ ${PAGE_LOAD_BUDGETS.paintAndLoadRatio} ×`;
    return [label, w50.toFixed(1), o50.toFixed(1), signed(w50 - o50), w95.toFixed(1), o95.toFixed(1), signed(w95 - o95), budget, ok ? 'yes' : 'NO'];
  });
  printTable(['measure', 'p50 with', 'p50 without', 'Δ p50', 'p95 with', 'p95 without', 'Δ p95', 'budget', 'within'], rows);
  if (perPage) {
    console.log('\nPer page (p50 of its loads):');
    printTable(
      ['page', ...MEASURES.flatMap(({ key }) => [`${short(key)} with`, 'without', 'Δ'])],
      results.map((r) => [
        r.error ? `${r.name} (${r.error})` : r.name,
        ...MEASURES.flatMap(({ key }) => {
          const w = middle(r.withLegible.map((l) => l[key]));
          const o = middle(r.without.map((l) => l[key]));
          return [fixed(w), fixed(o), w === undefined || o === undefined ? '' : signed(w - o)];
        }),
      ]),
    );
  }
  return within;
}

function short(key: keyof LoadFigures): string {
  return key === 'firstContentfulPaint' ? 'FCP' : key;
}

function middle(samples: number[]): number | undefined {
  const finite = samples.filter(Number.isFinite);
  return finite.length ? percentile(finite, 50) : undefined;
}

function fixed(n: number | undefined): string {
  return n === undefined ? '' : n.toFixed(1);
}

function signed(n: number): string {
  return `${n >= 0 ? '+' : ''}${n.toFixed(1)}`;
}
