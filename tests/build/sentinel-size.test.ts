import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT } from '../../tools/compile-hint';

/** DESIGN.md's bar for what every page pays: the content scripts' JS and CSS as built. */
const SENTINEL_BUDGET_BYTES = 15_000;

const BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

describe('the built sentinel', () => {
  it(`stays within ${SENTINEL_BUDGET_BYTES} bytes of JS and CSS`, async () => {
    const manifest = JSON.parse(await readFile(resolve(BUILD, 'manifest.json'), 'utf8')) as {
      content_scripts: { js?: string[]; css?: string[] }[];
    };
    const files = manifest.content_scripts.flatMap((entry) => [...(entry.js ?? []), ...(entry.css ?? [])]);
    expect(files).toEqual(['sentinel.js', 'sentinel.css']);
    const sizes = await Promise.all(files.map(async (file) => (await stat(resolve(BUILD, file))).size));
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(SENTINEL_BUDGET_BYTES);
  });

  it('leaves the reader, Readability, DOMPurify, the polyfill and the phrase table out of the sentinel', async () => {
    const sentinel = await readFile(resolve(BUILD, 'sentinel.js'), 'utf8');
    expect(sentinel).not.toMatch(/DOMPurify|_grabArticle|webextension-polyfill|legible-reader|avstängt|deaktiviert/);
  });

  it("asks V8 to compile its functions with it, on its first line, and the reader's bundle does not", async () => {
    const sentinel = await readFile(resolve(BUILD, 'sentinel.js'), 'utf8');
    const reader = await readFile(resolve(BUILD, 'content-scripts/reader.js'), 'utf8');
    expect(sentinel.split('\n', 1)[0]).toBe(COMPILE_HINT);
    expect(sentinel.split('\n')[1]).toMatch(/^\(function\(\)\{/);
    expect(reader).not.toContain(COMPILE_HINT);
  });
});
