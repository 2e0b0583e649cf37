import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIn } from '../../tools/browser-driver';
import { readReader } from '../../tools/reader-probe';
import { BROWSERS, openHarness, waitForReader, waitForTranscripts, type Harness } from './support/harness';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string; help: string; nodes: { target: unknown[] }[] };

describe.each(BROWSERS)('the reader with page JavaScript on in %s', (browserName) => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await openHarness(browserName, { pageJavaScript: true });
    page = await harness.browser.openPage(`${harness.site.articleOrigin}/article.html`);
    await harness.browser.toggleReader(page);
    await waitForReader(page);
    await waitForTranscripts(page);
  });
  afterAll(() => harness?.close());

  it('opens on the toggle message with the transcript', async () => {
    const reader = await readReader(page);
    expect(reader.title).toBe("The night ferry's last captain");
    expect(reader.transcriptLines).toBe(13);
  });

  it('reads the captions of a clip that stands only in a <noscript>, which the page keeps as text', async () => {
    const other = await harness.browser.openPage(`${harness.site.articleOrigin}/noscript-clip.html`);
    try {
      await harness.browser.toggleReader(other);
      await waitForReader(other);
      await waitForTranscripts(other);
      const reader = await readReader(other);
      expect(reader.title).toMatch(/^The harbour pilot's night/);
      expect(reader.cards).toEqual([{ title: expect.stringContaining('On the bridge with the pilot'), status: expect.any(String), lines: 7 }]);
    } finally {
      await other.close();
    }
  });

  it.each(['closed', 'open'])('has no accessibility violations inside <legible-reader> (axe-core), page panel %s', async (panel) => {
    if (panel === 'open') {
      await evaluateIn(page, () => {
        const root = document.querySelector('legible-reader')!.shadowRoot!;
        root.querySelector<HTMLButtonElement>('[aria-controls="legible-page-panel"]')!.click();
      });
      expect(await evaluateIn(page, () => document.querySelector('legible-reader')!.shadowRoot!.querySelector<HTMLElement>('#legible-page-panel')?.hidden)).toBe(false);
    }
    // axe needs page JavaScript: with it off, the page's timers never fire and axe.run never ends.
    await page.evaluate(axeSource);
    const violations = (await evaluateIn(page, async () => {
      const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run(document)).violations;
    })) as AxeViolation[];
    const inReader = violations
      .map((v) => ({ ...v, nodes: v.nodes.filter((node) => JSON.stringify(node.target).startsWith('[["legible-reader"') || JSON.stringify(node.target).startsWith('["legible-reader"')) }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    expect(inReader).toEqual([]);
  });
});
