// @vitest-environment node
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, folder), { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.tsx?$/.test(e.name)).map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

async function filesMatching(folders: string[], pattern: RegExp): Promise<string[]> {
  const hits: string[] = [];
  for (const folder of folders) {
    for (const file of await sourceFiles(folder)) {
      const text = await readFile(join(ROOT, file), 'utf8');
      text.split('\n').forEach((line, i) => pattern.test(line) && hits.push(`${file}:${i + 1}`));
    }
  }
  return hits;
}

const SHIPPED = ['core', 'components', 'entrypoints', 'utils'];

describe('rules for the shipped sources', () => {
  it('writes no raw HTML and evaluates no strings', async () => {
    expect(
      await filesMatching(SHIPPED, /\.(?:inner|outer)HTML\s*=[^=]|insertAdjacentHTML|document\.write|\beval\(|new Function\(/),
    ).toEqual([]);
  });

  it('renders page HTML in one place only, after DOMPurify', async () => {
    expect(await filesMatching(SHIPPED, /dangerouslySetInnerHTML/)).toEqual([expect.stringMatching(/^components\/ReaderView\.tsx:\d+$/)]);
  });

  it('keeps extension APIs out of core/', async () => {
    expect(
      await filesMatching(['core'], /\b(?:browser|chrome)\.(?:runtime|tabs|storage|scripting|action|i18n|permissions|commands)\b/),
    ).toEqual([]);
  });
});
