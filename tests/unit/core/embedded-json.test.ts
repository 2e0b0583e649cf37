import { describe, expect, it } from 'vitest';
import { readEmbeddedJson } from '../../../core/embedded-json';

describe('readEmbeddedJson', () => {
  it('reads the object assigned after the marker, up to its own closing brace', () => {
    const page = '<script>var config = {"a":{"b":[1,2]},"c":"x"}; var other = {"d":1};</script>';
    expect(readEmbeddedJson(page, /\bconfig\s*=/)).toEqual({ a: { b: [1, 2] }, c: 'x' });
  });

  it('is not fooled by braces and escaped quotes inside strings', () => {
    const page = 'window.playerConfig = {"title":"A {curly} \\"quoted\\" film }","n":1}; if (x) { y(); }';
    expect(readEmbeddedJson(page, /\bplayerConfig\s*=/)).toEqual({ title: 'A {curly} "quoted" film }', n: 1 });
  });

  it('reads an array too', () => {
    expect(readEmbeddedJson('tracks = [{"u":"]"}]', /tracks\s*=/)).toEqual([{ u: ']' }]);
  });

  it.each([
    ['no marker', 'var settings = {"a":1}'],
    ['no object after the marker', 'config = loadConfig();'],
    ['an object cut short', 'config = {"a":{"b":1}'],
    ['JavaScript that is not JSON', "config = {a: 'single quotes'}"],
  ])('gives undefined for %s', (_name, page) => {
    expect(readEmbeddedJson(page, /\bconfig\s*=/)).toBeUndefined();
  });
});
