import { describe, expect, it } from 'vitest';
import { primaryLanguage, rankByLanguage } from '../../../../core/transcripts/language';

describe('primaryLanguage', () => {
  it('returns the lower-cased primary subtag', () => {
    expect(primaryLanguage('sv-SE')).toBe('sv');
    expect(primaryLanguage('EN_gb')).toBe('en');
    expect(primaryLanguage(' zh-Hant-TW ')).toBe('zh');
    expect(primaryLanguage('fi')).toBe('fi');
  });

  it('returns undefined for a missing or blank tag', () => {
    expect(primaryLanguage(undefined)).toBeUndefined();
    expect(primaryLanguage('')).toBeUndefined();
    expect(primaryLanguage('   ')).toBeUndefined();
  });
});

describe('rankByLanguage', () => {
  type Item = { name: string; lang?: string };
  const langOf = (item: Item) => item.lang;
  const names = (items: Item[]) => items.map((i) => i.name);

  it('puts candidates in the first wanted language first', () => {
    const items: Item[] = [
      { name: 'a', lang: 'en' },
      { name: 'b', lang: 'de' },
      { name: 'c', lang: 'sv' },
    ];
    expect(names(rankByLanguage(items, ['sv', 'en'], langOf))).toEqual(['c', 'a', 'b']);
  });

  it('matches on the primary subtag, whatever the region or case', () => {
    const items: Item[] = [
      { name: 'en', lang: 'en-US' },
      { name: 'sv', lang: 'SV-fi' },
    ];
    expect(names(rankByLanguage(items, ['sv-SE'], langOf))).toEqual(['sv', 'en']);
  });

  it('keeps the original order among candidates that fit equally well', () => {
    const items: Item[] = [
      { name: 'x', lang: 'de' },
      { name: 'y', lang: 'en' },
      { name: 'z', lang: 'en-GB' },
      { name: 'w', lang: 'fr' },
    ];
    expect(names(rankByLanguage(items, ['en'], langOf))).toEqual(['y', 'z', 'x', 'w']);
  });

  it('ranks candidates without a language after every wanted one', () => {
    const items: Item[] = [{ name: 'none' }, { name: 'de', lang: 'de' }, { name: 'en', lang: 'en' }];
    expect(names(rankByLanguage(items, ['en', 'de'], langOf))).toEqual(['en', 'de', 'none']);
  });

  it('skips missing wanted languages', () => {
    const items: Item[] = [
      { name: 'en', lang: 'en' },
      { name: 'sv', lang: 'sv' },
    ];
    expect(names(rankByLanguage(items, [undefined, '', 'sv'], langOf))).toEqual(['sv', 'en']);
  });

  it('keeps the original order when nothing is wanted', () => {
    const items: Item[] = [
      { name: 'b', lang: 'sv' },
      { name: 'a', lang: 'en' },
    ];
    expect(names(rankByLanguage(items, [], langOf))).toEqual(['b', 'a']);
  });

  it('does not change the array it was given', () => {
    const items: Item[] = [
      { name: 'a', lang: 'en' },
      { name: 'b', lang: 'sv' },
    ];
    rankByLanguage(items, ['sv'], langOf);
    expect(names(items)).toEqual(['a', 'b']);
  });
});
