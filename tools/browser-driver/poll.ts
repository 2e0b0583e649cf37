import type { Page } from 'puppeteer-core';
import { evaluateIn } from './evaluate';

/**
 * Polls from Node rather than inside the page: with page JavaScript off the page's timers never
 * fire, so puppeteer's own waitForFunction would wait forever. `check` should return a string,
 * number or boolean: Firefox does not send DOM nodes back over WebDriver BiDi.
 */
export async function pollPage<T, Args extends unknown[] = []>(
  page: Page,
  check: (...args: Args) => T,
  { timeoutMs = 10_000, intervalMs = 50, what = 'condition' } = {},
  ...args: Args
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = (await evaluateIn(page, check, ...args)) as T;
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Polls a check made from Node (an extension call, say) until it holds. */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
