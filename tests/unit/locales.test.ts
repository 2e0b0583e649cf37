import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLURAL_VARIANTS } from '../../components/plural-translate';
import { readCatalogue } from '../support/translate';

const localesDir = join(import.meta.dirname, '../../public/_locales');
const english = readCatalogue('en');
const others = readdirSync(localesDir).filter((locale) => locale !== 'en');

/** The clean-up's twelve languages, in the folder names Chrome knows (Norwegian is "no"). */
const UI_LOCALES = ['en', 'sv', 'no', 'da', 'fi', 'de', 'nl', 'fr', 'es', 'it', 'pt_BR', 'pt_PT', 'pl'];

/** `transcriptToggle_one` → ['transcriptToggle', 'one']; a plain key → [key, undefined]. */
function splitVariant(key: string): [string, string | undefined] {
  const cut = key.lastIndexOf('_');
  const suffix = key.slice(cut + 1);
  return cut > 0 && (PLURAL_VARIANTS as readonly string[]).includes(suffix) ? [key.slice(0, cut), suffix] : [key, undefined];
}

/** The plural categories whole numbers fall in, as Intl has CLDR's rules ("other" aside). */
function integerCategories(locale: string): string[] {
  const rules = new Intl.PluralRules(locale.replace('_', '-'));
  const seen = new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
  return [...seen].filter((category) => category !== 'other').sort();
}

const placeholderNames = (message: string) => (message.match(/\$[A-Z0-9_]+\$/gi) ?? []).map((name) => name.toLowerCase()).sort();
const baseKeys = (catalogue: Record<string, unknown>) =>
  Object.keys(catalogue)
    .filter((key) => splitVariant(key)[1] === undefined)
    .sort();

describe('the _locales catalogues', () => {
  it('cover the languages of the clean-up', () => {
    expect(['en', ...others].sort()).toEqual([...UI_LOCALES].sort());
  });

  describe.each(['en', ...others])('%s', (locale) => {
    const catalogue = readCatalogue(locale);
    const variants = Object.keys(catalogue).filter((key) => splitVariant(key)[1] !== undefined);

    it('has every English message and no other', () => {
      expect(baseKeys(catalogue)).toEqual(baseKeys(english));
    });

    it('names its own language, whose plural rules and numbers the UI then uses', () => {
      const tag = catalogue.messagesLocale?.message ?? '';
      expect(tag).toBe(locale.replace('_', '-'));
      expect(Intl.PluralRules.supportedLocalesOf(tag)).toEqual([tag]);
    });

    it('uses the same placeholders as English in every message', () => {
      const mismatched = baseKeys(english).filter((key) => {
        const declared = (entry: (typeof english)[string] | undefined) => JSON.stringify(Object.entries(entry?.placeholders ?? {}).sort());
        return (
          declared(catalogue[key]) !== declared(english[key]) ||
          placeholderNames(catalogue[key]?.message ?? '').join() !== placeholderNames(english[key]!.message).join()
        );
      });
      expect(mismatched).toEqual([]);
    });

    it("gives plural forms only of the locale's own categories, each with its message's placeholders", () => {
      const categories = integerCategories(locale);
      const wrong = variants.filter((key) => {
        const [base, category] = splitVariant(key);
        const entry = catalogue[key]!;
        const used = placeholderNames(entry.message);
        return (
          !(base in english) ||
          !categories.includes(category!) ||
          JSON.stringify(entry.placeholders) !== JSON.stringify(english[base]!.placeholders) ||
          used.some((name) => !placeholderNames(english[base]!.message).includes(name))
        );
      });
      expect(wrong).toEqual([]);
    });

    it('gives a message with plural forms every form whole numbers need', () => {
      const categories = integerCategories(locale);
      const withForms = new Set(variants.map((key) => splitVariant(key)[0]));
      const incomplete = [...withForms].filter((base) => categories.some((category) => !(`${base}_${category}` in catalogue)));
      expect(incomplete).toEqual([]);
    });
  });

  describe.each(others)('%s', (locale) => {
    const catalogue = readCatalogue(locale);

    it('translates the reader and options words rather than copying the English', () => {
      // Words only: a message of placeholders and punctuation ("$TITLE$: $WHY$") reads the same everywhere.
      const words = (message: string) => message.replace(/\$[A-Z0-9_]+\$/gi, '').replace(/[^\p{L}]/gu, '');
      const same = baseKeys(english).filter(
        (key) => catalogue[key]?.message === english[key]!.message && words(english[key]!.message).length > 8,
      );
      expect(same).toEqual([]);
    });
  });
});
