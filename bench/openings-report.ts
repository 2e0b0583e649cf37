import type { ExtractTimings } from '../core/extract/extract-article';
import type { OpeningSample } from './openings';
import { percentile, printTable } from './table';

const EXTRACT_LABELS: Record<keyof ExtractTimings, string> = {
  prepare: 'prepare (copy, <noscript>, media)',
  prePass: "pre-pass (the page's marks)",
  readability: 'Readability',
  secondPass: 'second pass',
  sanitize: 'sanitize (DOMPurify)',
};

/** Each part of an opening, where it can be read from a sample. */
const PARTS: { label: string; read: (s: OpeningSample) => number | undefined }[] = [
  { label: 'click to the page (browser, background, message)', read: (s) => s.toPageMs },
  { label: 'reader bundle injected and compiled', read: (s) => s.injectMs },
  { label: "reader bundle's top-level code", read: (s) => s.bundleMs },
  ...(['prepare', 'prePass', 'readability', 'secondPass', 'sanitize'] as (keyof ExtractTimings)[]).map((key) => ({
    label: `extract: ${EXTRACT_LABELS[key]}`,
    read: (s: OpeningSample) => s.extract?.[key],
  })),
  { label: 'extract, in all (or the kept article taken)', read: (s) => s.parts.extractMs },
  { label: 'settings: wait for storage after extracting', read: (s) => s.parts.settingsWaitMs },
  { label: 'first render (shadow root, styles, view)', read: (s) => s.parts.renderMs },
  { label: 'in all, click to article text', read: (s) => s.totalMs },
];

/** The opening broken into its parts, first openings and openings again side by side (ms). */
export function printOpeningParts(browser: string, samples: OpeningSample[]): void {
  const first = samples.filter((s) => s.parts.fresh);
  const again = samples.filter((s) => !s.parts.fresh);
  console.log(
    `\nReader opening in ${browser}, part by part (ms): ${first.length} first openings on a page, ${again.length} openings again`,
  );
  printTable(
    ['part', 'first p50', 'first p95', 'again p50', 'again p95'],
    PARTS.map(({ label, read }) => [label, ...stats(first, read), ...stats(again, read)]),
  );
}

function stats(samples: OpeningSample[], read: (s: OpeningSample) => number | undefined): string[] {
  const values = samples.map(read).filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (!values.length) return ['', ''];
  return [percentile(values, 50).toFixed(1), percentile(values, 95).toFixed(1)];
}
