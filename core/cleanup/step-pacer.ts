import type { Pause } from './page-cleanup';

/**
 * Paces the first pass: where a step took `budgetMs` or more, the next one waits for the page
 * (`yieldToPage`: the sentinel waits for an idle moment), so that no one task of the sentinel's
 * is long. Keeps each task's length for the bench. Every page carries this: it stays terse.
 */
export function createStepPacer(
  budgetMs: number,
  yieldToPage: () => Promise<void>,
  now = () => performance.now(),
): { pause: Pause; finish(): number[] } {
  const tasksMs: number[] = [];
  let taskStarted = now();
  return {
    async pause() {
      const taskMs = now() - taskStarted;
      if (taskMs < budgetMs) return;
      tasksMs.push(taskMs);
      await yieldToPage();
      taskStarted = now();
    },
    /** Ends the task under way: every task's length in milliseconds, in order. */
    finish() {
      tasksMs.push(now() - taskStarted);
      return tasksMs;
    },
  };
}
