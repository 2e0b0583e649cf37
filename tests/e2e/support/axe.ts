import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { evaluateIn } from '../../../tools/browser-driver';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string; help: string; nodes: { target: unknown[] }[] };

/**
 * axe-core's default rules over the whole page, as DESIGN.md's "Measuring" says; what comes back is
 * each violation inside `<legible-reader>` (or every one, for an extension page), in words.
 * axe needs page JavaScript: with it off, the page's timers never fire and axe.run never ends.
 */
export async function axeViolations(page: Page, only: 'reader' | 'page' = 'reader'): Promise<string[]> {
  if (!(await evaluateIn(page, () => 'axe' in window))) await page.evaluate(axeSource);
  const violations = (await evaluateIn(page, async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document)).violations;
  })) as AxeViolation[];
  const inScope = (target: unknown[]) => only === 'page' || /^\[?\["legible-reader"/.test(JSON.stringify(target));
  return violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((node) => inScope(node.target)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}
