import { describe, expect, it } from 'vitest';
import { NOTICE_HINT, NOTICE_PHRASES, NOTICE_PREFILTER } from '../../../../core/declutter/notice-phrases';

/** Notices each language's rows must recognise, from the comments beside the rows. */
const NOTICES = [
  'Javascript is turned off',
  'JavaScript is disabled in your browser',
  'Javascript must be turned on to play video',
  'JavaScript needs to be enabled',
  'Please enable JavaScript to view the comments',
  'You need to enable JavaScript to run this app',
  'This site requires JavaScript',
  'JavaScript is required',
  'Javascript är avstängt',
  'Javascript måste vara påslaget för att spela video',
  'Aktivera JavaScript i din webbläsare',
];

function matchingRows(text: string) {
  return NOTICE_PHRASES.filter((row) => {
    row.pattern.lastIndex = 0;
    return row.pattern.test(text);
  });
}

describe('NOTICE_PHRASES', () => {
  it.each(NOTICES)('recognises “%s” as a notice', (text) => {
    expect(matchingRows(text).map((row) => row.strength)).toContain('notice');
  });

  it.each(NOTICES)('lets “%s” through both cheap filters the sentinel runs first', (text) => {
    // A notice the filters miss is never tried against the table: they must stay in step.
    expect(NOTICE_PREFILTER.test(text)).toBe(true);
    expect(NOTICE_HINT.test(text)).toBe(true);
    expect(NOTICE_HINT.test(`Intro.\n${text.replace(' ', '\n')}`)).toBe(true);
  });

  it('gives no hint for text that only talks about JavaScript', () => {
    expect(NOTICE_HINT.test('JavaScript was created in ten days in 1995, and browsers still run it.')).toBe(false);
  });
});
