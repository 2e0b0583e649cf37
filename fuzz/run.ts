import { parseArgs } from 'node:util';
import { percentile, printTable } from '../bench/table';
import { parseWebVtt } from '../core/transcripts/formats/webvtt';
import { runTarget } from './run-target';
import { FUZZ_TARGETS } from './targets';

// npm run fuzz [-- --cases N] [--seed S] [--only NAME]: every parser of outside data on N inputs
// each (10,000 unless told), then the time a three-hour WebVTT file takes, against its budget.
const THREE_HOUR_VTT_BUDGET_MS = 20;

const { values } = parseArgs({
  options: { cases: { type: 'string', default: '10000' }, seed: { type: 'string' }, only: { type: 'string' } },
});
const cases = Number(values.cases);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const targets = FUZZ_TARGETS.filter((target) => !values.only || target.name === values.only);

// First, in a fresh process: a programme of three hours, a line every four seconds, as broadcasters' files are.
const stamp = (seconds: number) => new Date(seconds * 1000).toISOString().slice(11, 23);
const threeHours = `WEBVTT\n\n${Array.from({ length: (3 * 3600) / 4 }, (_, i) => `${i + 1}\n${stamp(i * 4)} --> ${stamp(i * 4 + 3.5)}\n<v Speaker ${i % 3}>Line ${i} of the programme, as long as a spoken line is.\n`).join('\n')}`;
const times: number[] = [];
for (let run = 0; run < 21; run++) {
  const started = performance.now();
  const parsed = await parseWebVtt(threeHours);
  times.push(performance.now() - started);
  if (!parsed.ok || parsed.cues.length !== 2700) throw new Error('The three-hour file did not parse to its 2,700 lines');
}
printTable(
  ['input', 'p50 (ms)', 'max (ms)', 'budget'],
  [
    [
      'a three-hour WebVTT file (2,700 lines, 21 runs; the first compiles)',
      percentile(times, 50).toFixed(1),
      Math.max(...times).toFixed(1),
      `p50 ≤ ${THREE_HOUR_VTT_BUDGET_MS} ms ${percentile(times, 50) <= THREE_HOUR_VTT_BUDGET_MS ? '✓' : '✗'}`,
    ],
  ],
);
console.log('');
console.log(`Fuzzing ${targets.length} parsers, ${cases} cases each, seed ${seed} (repeat a run with --seed ${seed})\n`);
const reports = [];
for (const target of targets) {
  const started = performance.now();
  const report = await runTarget(target, cases, seed);
  reports.push({ ...report, totalS: (performance.now() - started) / 1000 });
}
printTable(
  ['parser', 'cases', 'failures', 'slowest input (ms)', 'run (s)', 'slowest input begins'],
  reports.map((report) => [
    report.name,
    String(report.cases),
    String(report.failures),
    report.slowestMs.toFixed(1),
    report.totalS.toFixed(1),
    JSON.stringify(report.slowestInput),
  ]),
);
for (const report of reports.filter((r) => r.counterexample)) {
  console.log(
    `\n${report.name} fails on (shrunk): ${JSON.stringify(report.counterexample!.input.slice(0, 500))}\n  ${report.counterexample!.error}`,
  );
}

process.exitCode = reports.some((report) => report.failures > 0) ? 1 : 0;
