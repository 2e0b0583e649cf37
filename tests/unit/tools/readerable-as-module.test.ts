import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readerableAsModule } from '../../../tools/readerable-as-module';

const require = createRequire(import.meta.url);
const READERABLE = require.resolve('@mozilla/readability/Readability-readerable.js');

type Transform = (code: string, id: string) => { code: string } | undefined;
const transform = readerableAsModule().transform as unknown as Transform;

describe('readerableAsModule', () => {
  it("turns the installed readerable check's CommonJS export into a default export", async () => {
    const result = transform(readFileSync(READERABLE, 'utf8'), READERABLE);
    expect(result?.code).toMatch(/export default isProbablyReaderable;\s*$/);
    expect(result?.code).not.toContain('module.exports');
    // What is left is a module that loads on its own and gives the check itself.
    const url = `data:text/javascript;base64,${Buffer.from(result!.code).toString('base64')}`;
    const loaded = (await import(/* @vite-ignore */ url)) as { default: unknown };
    expect(typeof loaded.default).toBe('function');
    expect((loaded.default as { name: string }).name).toBe('isProbablyReaderable');
  });

  it('leaves every other file alone', () => {
    expect(transform('module.exports = isProbablyReaderable;', '/project/node_modules/other/index.js')).toBeUndefined();
  });

  it('fails the build when the file no longer ends as it did', () => {
    expect(() => transform('module.exports = { isProbablyReaderable };', READERABLE)).toThrow(/update tools\/readerable-as-module\.ts/);
  });
});
