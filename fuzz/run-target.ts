import fc from 'fast-check';
import type { FuzzTarget } from './targets';

export type FuzzReport = {
  name: string;
  cases: number;
  failures: number;
  /** The input fast-check shrank a failure to, and what went wrong. */
  counterexample?: { input: string; error: string };
  slowestMs: number;
  /** The first characters of the slowest input, for a person to recognise it. */
  slowestInput: string;
};

/** Runs `target` on `numRuns` inputs: a failure is a throw, from the target or from its check. */
export async function runTarget(target: FuzzTarget, numRuns: number, seed?: number): Promise<FuzzReport> {
  let slowestMs = 0;
  let slowestInput = '';
  const property = fc.asyncProperty(target.input, async (input) => {
    const started = performance.now();
    const output = await target.run(input);
    const took = performance.now() - started;
    if (took > slowestMs) {
      slowestMs = took;
      slowestInput = input;
    }
    target.check(output);
  });
  const details = await fc.check(property, { numRuns, ...(seed === undefined ? {} : { seed }) });
  const counterexample = details.counterexample?.[0];
  return {
    name: target.name,
    cases: details.numRuns,
    failures: details.failed ? 1 : 0,
    ...(details.failed && counterexample !== undefined
      ? { counterexample: { input: counterexample, error: String(details.errorInstance) } }
      : {}),
    slowestMs,
    slowestInput: slowestInput.slice(0, 60),
  };
}
