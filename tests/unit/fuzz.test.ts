// @vitest-environment node
/**
 * Every parser of outside data, fuzzed a few hundred times per run (`npm run fuzz` runs many
 * more and times them): nothing thrown, answers of the shape callers rely on.
 */
import { describe, expect, it } from 'vitest';
import { runTarget } from '../../fuzz/run-target';
import { FUZZ_TARGETS } from '../../fuzz/targets';

const CASES = 300;

describe('fuzzing the parsers of outside data', () => {
  it.each(FUZZ_TARGETS.map((target) => [target.name, target] as const))(
    '%s: no throw, and answers callers can use',
    async (_name, target) => {
      const report = await runTarget(target, CASES);
      expect(report.counterexample).toBeUndefined();
      expect(report).toMatchObject({ cases: CASES, failures: 0 });
    },
    120_000,
  );
});
