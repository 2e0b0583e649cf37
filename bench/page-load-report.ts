import type { LoadFigures, PageLoadSamples } from './page-load';
import { percentile, printTable } from './table';

/** The bar: first paint and load within 2 % of the page without Legible, busy time within 3 ms (p50s). */
export const PAGE_LOAD_BUDGETS = { paintAndLoadRatio: 1.02, busyMs: 3 };

const MEASURES: { key: keyof LoadFigures; label: string }[] = [
  { key: 'firstContentfulPaint', label: 'first contentful paint' },
  { key: 'load', label: 'load event' },
  { key: 'busy', label: 'main thread busy until idle' },
];

/** The page-load comparison of one run, page JavaScript as given: in all, then (verbose) per page. The budgets apply to the p50s. */
export function printPageLoads(results: PageLoadSamples[], pageJavaScript: boolean, perPage: boolean): void {
  const loads = results.reduce((n, r) => n + r.withLegible.length, 0);
  console.log(
    `\nPage load with and without Legible, page JavaScript ${pageJavaScript ? 'on' : 'off'}: ${results.length} pages, ${loads} loads each way (ms)`,
  );
  const rows = MEASURES.map(({ key, label }) => {
    const withLegible = results.flatMap((r) => r.withLegible.map((l) => l[key])).filter(Number.isFinite);
    const without = results.flatMap((r) => r.without.map((l) => l[key])).filter(Number.isFinite);
    if (!withLegible.length || !without.length) return [label, '', '', '', '', '', '', '', 'no data'];
    const [w50, w95, o50, o95] = [
      percentile(withLegible, 50),
      percentile(withLegible, 95),
      percentile(without, 50),
      percentile(without, 95),
    ];
    const ok = key === 'busy' ? w50 - o50 <= PAGE_LOAD_BUDGETS.busyMs : w50 <= o50 * PAGE_LOAD_BUDGETS.paintAndLoadRatio;
    const budget = key === 'busy' ? `p50 Δ ≤ ${PAGE_LOAD_BUDGETS.busyMs} ms` : `p50 ≤ ${PAGE_LOAD_BUDGETS.paintAndLoadRatio} ×`;
    return [
      label,
      w50.toFixed(1),
      o50.toFixed(1),
      signed(w50 - o50),
      pairedDifference(results, 'withLegible', key),
      w95.toFixed(1),
      o95.toFixed(1),
      signed(w95 - o95),
      budget,
      ok ? 'yes' : 'NO',
    ];
  });
  printTable(['measure', 'p50 with', 'p50 without', 'Δ p50', 'Δ paired', 'p95 with', 'p95 without', 'Δ p95', 'budget', 'within'], rows);
  if (results.some((r) => r.floor?.length)) {
    console.log(
      "\nThe floor's stand-in (floor-extension.ts) beside the same loads without an extension: what any content script costs here",
    );
    printTable(
      ['measure', 'p50 floor', 'p50 without', 'Δ p50', 'Δ paired', 'p95 floor', 'p95 without', 'Δ p95'],
      MEASURES.map(({ key, label }) => {
        const floor = results.flatMap((r) => (r.floor ?? []).map((l) => l[key])).filter(Number.isFinite);
        const without = results.flatMap((r) => r.without.map((l) => l[key])).filter(Number.isFinite);
        if (!floor.length || !without.length) return [label, '', '', '', '', '', ''];
        const [f50, f95, o50, o95] = [percentile(floor, 50), percentile(floor, 95), percentile(without, 50), percentile(without, 95)];
        return [
          label,
          f50.toFixed(1),
          o50.toFixed(1),
          signed(f50 - o50),
          pairedDifference(results, 'floor', key),
          f95.toFixed(1),
          o95.toFixed(1),
          signed(f95 - o95),
        ];
      }),
    );
  }
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
}

/**
 * The median of each load's difference from the load without an extension in the same turn (same
 * page, one after the other): steadier than the difference of two medians, as each page's own
 * weight drops out.
 */
function pairedDifference(results: PageLoadSamples[], arm: 'withLegible' | 'floor', key: keyof LoadFigures): string {
  const differences = results
    .flatMap((r) => (r[arm] ?? []).flatMap((load, i) => (r.without[i] ? [load[key] - r.without[i]![key]] : [])))
    .filter(Number.isFinite);
  return differences.length ? signed(percentile(differences, 50)) : '';
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
