import { describe, expect, it } from 'vitest';
import { pluralTranslate } from '../../../components/plural-translate';
import { translateIn } from '../../support/translate';

describe('pluralTranslate', () => {
  it('picks the plural form the last number calls for, and the key itself for "other"', () => {
    const english = translateIn('en');
    expect(english('transcriptToggle', 1)).toBe('Transcript (1 line)');
    expect(english('transcriptToggle', 12)).toBe('Transcript (12 lines)');
    expect(english('transcriptToggle', 0)).toBe('Transcript (0 lines)');
    // "1 of 3": the counted noun follows the total.
    expect(english('transcriptMatches', 1, 3)).toBe('1 of 3 lines match');
    expect(english('transcriptMatches', 1, 1)).toBe('1 of 1 line matches');
  });

  it('writes numbers as the locale writes them', () => {
    expect(translateIn('en')('valueCharacters', 1200)).toBe('about 1,200 characters');
    expect(translateIn('sv')('valueLines', 1.5)).toBe('1,5 gånger textstorleken');
    expect(translateIn('sv')('valueCharacters', 1200)).toBe('cirka 1\u00a0200 tecken');
  });

  it('uses each form of a language with three (Polish: one, few, many; "other" for fractions)', () => {
    const catalogue = {
      lines: { message: '$N$ wiersza', placeholders: { n: { content: '$1' } } },
      lines_one: { message: '$N$ wiersz', placeholders: { n: { content: '$1' } } },
      lines_few: { message: '$N$ wiersze', placeholders: { n: { content: '$1' } } },
      lines_many: { message: '$N$ wierszy', placeholders: { n: { content: '$1' } } },
    };
    const polish = translateIn('pl', catalogue) as (key: string, ...values: number[]) => string;
    expect([1, 2, 5, 12, 22, 25, 1.5].map((n) => polish('lines', n))).toEqual([
      '1 wiersz',
      '2 wiersze',
      '5 wierszy',
      '12 wierszy',
      '22 wiersze',
      '25 wierszy',
      '1,5 wiersza',
    ]);
  });

  it('falls back to the key itself where the locale has no form of its own, and to the key name where the message is missing', () => {
    const lookup = (key: string, substitutions: string[]) => (key === 'count' ? `n=${substitutions[0]}` : '');
    const translate = pluralTranslate(lookup, 'en') as (key: string, ...values: number[]) => string;
    expect(translate('count', 1)).toBe('n=1');
    expect(translate('missing', 1)).toBe('missing');
  });

  it('reads a locale Intl does not know as English rather than failing', () => {
    const translate = pluralTranslate((key, [n]) => (key === 'k_one' ? `one ${n}` : `other ${n}`), 'not a locale!') as (
      key: string,
      ...values: number[]
    ) => string;
    expect(translate('k', 1)).toBe('one 1');
    expect(translate('k', 1000)).toBe('other 1,000');
  });
});
