import type { Page, WebWorker } from 'puppeteer-core';

/**
 * page.evaluate for functions written in TypeScript: tsx compiles with esbuild's keepNames, which
 * wraps inner functions in a `__name` helper the page does not have, so the source is sent with
 * a stand-in for it. Arguments must be JSON.
 */
export async function evaluateIn<A extends unknown[], R>(page: Page | WebWorker, fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
  const source = `(() => { const __name = (f) => f; return (${fn.toString()})(...${JSON.stringify(args)}); })()`;
  return (await page.evaluate(source)) as Awaited<R>;
}
