import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFloorExtension } from '../../../bench/floor-extension';

const written: string[] = [];
afterEach(async () => {
  await Promise.all(written.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function write(options?: { readability?: boolean }): Promise<string> {
  const dir = await writeFloorExtension(options);
  written.push(dir);
  return dir;
}

describe('writeFloorExtension', () => {
  it("writes a stand-in whose toolbar button injects one script that shows the page's paragraphs", async () => {
    const dir = await write();
    expect((await readdir(dir)).sort()).toEqual(['background.js', 'floor.js', 'manifest.json', 'open.js']);
    expect(await readFile(join(dir, 'background.js'), 'utf8')).toContain('files: ["open.js"]');
    expect(await readFile(join(dir, 'open.js'), 'utf8')).toContain("querySelectorAll('p')");
  });

  it("with readability, injects Readability's own file and then a script that shows its article", async () => {
    const dir = await write({ readability: true });
    expect((await readdir(dir)).sort()).toEqual(['background.js', 'floor.js', 'manifest.json', 'open.js', 'readability.js']);
    expect(await readFile(join(dir, 'background.js'), 'utf8')).toContain('files: ["readability.js","open.js"]');
    expect(await readFile(join(dir, 'readability.js'), 'utf8')).toMatch(/^function Readability\(doc, options\)/m);
    expect(await readFile(join(dir, 'open.js'), 'utf8')).toContain('new Readability(document.cloneNode(true)).parse()');
  });
});
