import type { MessageKey, Translate } from './i18n';

/** CLDR's plural categories that a catalogue may give a form of its own; "other" is the key itself. */
export const PLURAL_VARIANTS = ['zero', 'one', 'two', 'few', 'many'] as const;

/** A catalogue's lookup: the message with `$1`… filled in, or '' where the key is missing. */
export type MessageLookup = (key: string, substitutions: string[]) => string;

/**
 * Wraps a catalogue lookup in what `_locales` cannot say: numbers written as the locale writes
 * them (1,5 in Swedish), and the plural form the last number calls for, from `<key>_one`,
 * `<key>_few`… where the catalogue has one (Polish needs three); the key itself is "other".
 */
export function pluralTranslate(lookup: MessageLookup, locale: string): Translate {
  const { plurals, numbers } = localeFormats(locale);
  return (key: MessageKey, ...substitutions: (string | number)[]) => {
    const texts = substitutions.map((value) => (typeof value === 'number' ? numbers.format(value) : value));
    const count = substitutions.filter((value): value is number => typeof value === 'number').at(-1);
    const category = count === undefined ? 'other' : plurals.select(count);
    return (category !== 'other' && lookup(`${key}_${category}`, texts)) || lookup(key, texts) || key;
  };
}

/** The locale's rules, or English's where the browser names a locale Intl does not know. */
function localeFormats(locale: string): { plurals: Intl.PluralRules; numbers: Intl.NumberFormat } {
  try {
    return { plurals: new Intl.PluralRules(locale), numbers: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }) };
  } catch {
    return localeFormats('en');
  }
}
