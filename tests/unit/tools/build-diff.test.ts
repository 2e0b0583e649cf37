import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { differences, readFolder, readZip } from '../../../tools/build-diff';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function writeFiles(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'legible-build-diff-'));
  folders.push(folder);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(folder, path, '..'), { recursive: true });
    await writeFile(join(folder, path), text);
  }
  return folder;
}

async function zipOf(files: Record<string, string>): Promise<string> {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(files)) zip.file(path, text);
  const file = join(await writeFiles({}), 'shipped.zip');
  await writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

describe('comparing a shipped zip with a rebuild', () => {
  it('finds nothing where every file came back byte for byte', async () => {
    const shipped = await readZip(await zipOf({ 'manifest.json': '{}', 'content-scripts/reader.js': 'x' }));
    const rebuilt = new Map(shipped);
    expect(differences(shipped, rebuilt)).toEqual([]);
  });

  it('names each file missing, added or changed', async () => {
    const shipped = await readZip(await zipOf({ 'manifest.json': '{}', 'background.js': 'a', 'sentinel.js': 's' }));
    const rebuilt = await readFolder(await writeFiles({ 'manifest.json': '{}', 'background.js': 'b', 'chunks/extra.js': 'e' }));
    expect(differences(shipped, rebuilt)).toEqual([
      'background.js: differs',
      'chunks/extra.js: only in the rebuild',
      'sentinel.js: not in the rebuild',
    ]);
  });

  it('reads a folder by the paths inside it', async () => {
    const files = await readFolder(await writeFiles({ 'a.txt': '1', 'deep/er/b.txt': '2' }));
    expect([...files.keys()].sort()).toEqual(['a.txt', 'deep/er/b.txt']);
    expect(files.get('deep/er/b.txt')?.toString()).toBe('2');
  });
});
