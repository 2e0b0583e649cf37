import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHint } from '../../../tools/compile-hint';

type OutputAsset = Rollup.OutputAsset;
type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

type Handler = (options: unknown, bundle: OutputBundle) => void;

function chunk(fileName: string, code: string): OutputChunk {
  return { type: 'chunk', fileName, code } as OutputChunk;
}

describe('compileHint', () => {
  it("puts V8's hint on the first line of the named files only, after the bundler's other work", () => {
    const plugin = compileHint(['sentinel.js']);
    const hook = plugin.generateBundle as { order: string; handler: Handler };
    const bundle: OutputBundle = {
      'sentinel.js': chunk('sentinel.js', '(function(){watch()})();'),
      'content-scripts/reader.js': chunk('content-scripts/reader.js', '(function(){open()})();'),
      'sentinel.css': { type: 'asset', fileName: 'sentinel.css', source: '[hidden]{}' } as OutputAsset,
    };
    hook.handler({}, bundle);
    expect(hook.order).toBe('post');
    expect((bundle['sentinel.js'] as OutputChunk).code).toBe('//# allFunctionsCalledOnLoad\n(function(){watch()})();');
    expect((bundle['content-scripts/reader.js'] as OutputChunk).code).toBe('(function(){open()})();');
    expect((bundle['sentinel.css'] as OutputAsset).source).toBe('[hidden]{}');
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
  });
});
