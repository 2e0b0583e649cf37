import { describe, expect, it } from 'vitest';
import { decodeTurboStream, turboStreamText } from '../../../../core/media/turbo-stream';

/** One chunk as a page's inline script enqueues it. */
const enqueue = (chunk: string) => `window.__reactRouterContext.streamController.enqueue(${JSON.stringify(chunk)});`;

describe('turboStreamText', () => {
  it('joins the chunks of every enqueue call, in order, across scripts', () => {
    const scripts = ['window.__reactRouterContext = {};', enqueue('[{"_1":2},"a"') + enqueue(',"b"]\n'), enqueue('P3:["x"]\n')];
    expect(turboStreamText(scripts)).toBe('[{"_1":2},"a","b"]\nP3:["x"]\n');
  });

  it('gives undefined where no script enqueues anything, and skips calls that are not JSON strings', () => {
    expect(turboStreamText(['var enqueue = 1;', 'controller.enqueue(chunk)'])).toBeUndefined();
    expect(turboStreamText(['c.enqueue("\\x41") ; c.enqueue("[1]")'])).toBe('[1]');
  });
});

describe('decodeTurboStream', () => {
  it('rebuilds objects and arrays from the value table, keys by index', () => {
    const line = JSON.stringify([{ _1: 2, _3: 4 }, 'title', 'Isvintern', 'ids', [5, 6], 'kR4tW9p', 'mB7xQ2c']);
    expect(decodeTurboStream(line)).toEqual({ title: 'Isvintern', ids: ['kR4tW9p', 'mB7xQ2c'] });
  });

  it('reads the special negative indices as React Router numbers them', () => {
    const line = JSON.stringify([
      { _1: -5, _2: -7, _3: -2, _4: -6, _5: -3, _6: -4 },
      'null',
      'undefined',
      'nan',
      'inf',
      'negInf',
      'negZero',
    ]);
    const decoded = decodeTurboStream(line) as Record<string, unknown>;
    expect(decoded).toMatchObject({ null: null, undefined: undefined, inf: Infinity, negInf: -Infinity });
    expect(decoded['nan']).toBeNaN();
    expect(Object.is(decoded['negZero'], -0)).toBe(true);
  });

  it('shares a value the table names twice, and survives a cycle', () => {
    const line = JSON.stringify([{ _1: 2, _3: 2, _4: 0 }, 'a', { _5: 6 }, 'b', 'self', 'svtId', 'x1y2z3']);
    const decoded = decodeTurboStream(line) as { a: object; b: object; self: unknown };
    expect(decoded.a).toBe(decoded.b);
    expect(decoded.self).toBe(decoded);
  });

  it('reads dates and null-prototype objects, and fills a promise from its later line', () => {
    const line = JSON.stringify([
      { _1: 2, _3: 4, _5: 6 },
      'published',
      ['D', 1790000000000],
      'meta',
      ['N', { _7: 8 }],
      'video',
      ['P', 9],
      'lang',
      'sv',
    ]);
    const decoded = decodeTurboStream(`${line}\nP9:[{"_10":11},"svtId","kR4tW9p"]\n`) as Record<string, unknown>;
    expect(decoded['published']).toEqual(new Date(1790000000000));
    expect(decoded['meta']).toEqual({ lang: 'sv' });
    expect(decoded['video']).toEqual({ svtId: 'kR4tW9p' });
  });

  it('leaves a promise that never resolved, or was rejected, undefined', () => {
    const line = JSON.stringify([{ _1: 2, _3: 4 }, 'a', ['P', 1], 'b', ['P', 2]]);
    expect(decodeTurboStream(`${line}\nE2:["oops"]\n`)).toEqual({ a: undefined, b: undefined });
  });

  it.each([
    ['text that is not JSON', 'not json'],
    ['an empty table', '[]'],
    ['a table that is no array', '{"_1":2}'],
  ])('gives undefined for %s', (_name, text) => {
    expect(decodeTurboStream(text)).toBeUndefined();
  });

  it('stops at indices outside the table and at data nested deeper than any page’s', () => {
    expect(decodeTurboStream(JSON.stringify([{ _1: 99 }, 'a']))).toEqual({ a: undefined });
    const deep: unknown[] = [];
    for (let i = 0; i < 500; i++) deep.push([i + 1]);
    deep.push('bottom');
    expect(() => decodeTurboStream(JSON.stringify(deep))).not.toThrow();
  });
});
