import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const localesDir = join(import.meta.dirname, '../../public/_locales');
const read = (locale: string): Catalogue => JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8')) as Catalogue;
const english = read('en');
const others = readdirSync(localesDir).filter((locale) => locale !== 'en');

describe('the _locales catalogues', () => {
  it('include Swedish', () => {
    expect(others).toContain('sv');
  });

  describe.each(others)('%s', (locale) => {
    const catalogue = read(locale);

    it('has every English message and no other', () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
    });

    it('uses the same placeholders as English in every message', () => {
      const mismatched = Object.keys(english).filter((key) => {
        const names = (c: Catalogue) => JSON.stringify(Object.entries(c[key]?.placeholders ?? {}).sort());
        const used = (c: Catalogue) => (c[key]?.message.match(/\$[A-Z0-9_]+\$/gi) ?? []).map((p) => p.toLowerCase()).sort().join();
        return names(catalogue) !== names(english) || used(catalogue) !== used(english);
      });
      expect(mismatched).toEqual([]);
    });

    it('translates the reader and options words rather than copying the English', () => {
      // Words only: a message of placeholders and punctuation ("$TITLE$: $WHY$") reads the same everywhere.
      const words = (message: string) => message.replace(/\$[A-Z0-9_]+\$/gi, '').replace(/[^\p{L}]/gu, '');
      const same = Object.keys(english).filter((key) => catalogue[key]?.message === english[key]!.message && words(english[key]!.message).length > 8);
      expect(same).toEqual([]);
    });
  });
});
