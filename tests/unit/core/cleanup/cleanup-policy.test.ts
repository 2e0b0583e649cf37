import { describe, expect, it } from 'vitest';
import { wantsCleanup, wantsLaterLook } from '../../../../core/cleanup/cleanup-policy';
import type { PageSettings } from '../../../../core/messages';

const settings = (enabled: boolean, everywhere: boolean, siteCleanUp: boolean): PageSettings => ({
  cleanup: { enabled, everywhere, salvageImages: true },
  siteCleanUp,
});

describe('wantsCleanup', () => {
  it('cleans up an article when the clean-up is on, and on for its site', () => {
    expect(wantsCleanup(settings(true, false, true), true)).toBe(true);
  });

  it('leaves a page that is not an article, unless every page is wanted', () => {
    expect(wantsCleanup(settings(true, false, true), false)).toBe(false);
    expect(wantsCleanup(settings(true, true, true), false)).toBe(true);
  });

  it.each([
    ['the clean-up is off', settings(false, true, true)],
    ['the site’s clean-up is off', settings(true, true, false)],
    ['the background did not answer', undefined],
  ])('leaves the page as it is where %s', (_why, given) => {
    expect(wantsCleanup(given, true)).toBe(false);
  });
});

describe('wantsLaterLook', () => {
  it('looks again for dead players on a page with its scripts on, once they have had time to start', () => {
    expect(wantsLaterLook(true, false)).toBe(true);
  });

  it('does not look again where the first pass saw everything (scripts off), or nothing was wanted', () => {
    expect(wantsLaterLook(true, true)).toBe(false);
    expect(wantsLaterLook(false, false)).toBe(false);
  });
});
