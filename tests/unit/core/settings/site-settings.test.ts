import { describe, expect, it } from 'vitest';
import { siteSettingsKey, validateSiteSettings } from '../../../../core/settings/site-settings';

describe('site settings', () => {
  it('keeps each site under its own key, whatever the case of its host name', () => {
    expect(siteSettingsKey('News.Example')).toBe('site:news.example');
  });

  it('cleans up a site nobody chose for', () => {
    expect(validateSiteSettings(undefined)).toEqual({ cleanUp: true, autoOpen: false, showLeftOut: false });
  });

  it('keeps a stored choice and ignores a malformed one', () => {
    expect(validateSiteSettings({ cleanUp: false })).toEqual({ cleanUp: false, autoOpen: false, showLeftOut: false });
    expect(validateSiteSettings({ cleanUp: 'no' })).toEqual({ cleanUp: true, autoOpen: false, showLeftOut: false });
    expect(validateSiteSettings('off')).toEqual({ cleanUp: true, autoOpen: false, showLeftOut: false });
  });
});
