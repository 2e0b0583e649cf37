import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, validateSettings } from '../../../../core/settings/settings';

describe('validateSettings', () => {
  it('keeps a complete, valid value as it is', () => {
    const stored = { declutter: { enabled: false, everywhere: true, salvageImages: false }, transcripts: { enabled: false } };
    expect(validateSettings(stored)).toEqual({ settings: stored, errors: [] });
  });

  it('reads a value stored before the newer clean-up fields, filling them from the defaults', () => {
    expect(validateSettings({ declutter: { enabled: false }, transcripts: { enabled: true } })).toEqual({
      settings: { declutter: { enabled: false, everywhere: false, salvageImages: true }, transcripts: { enabled: true } },
      errors: [],
    });
  });

  it('gives the defaults without errors for nothing stored', () => {
    expect(validateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
    expect(validateSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
  });

  it('gives the defaults with an error for a value that is not an object', () => {
    for (const raw of ['settings', 42, true]) {
      const result = validateSettings(raw);
      expect(result.settings).toEqual(DEFAULT_SETTINGS);
      expect(result.errors).toHaveLength(1);
    }
  });

  it('fills missing groups and fields from the defaults without errors', () => {
    expect(validateSettings({})).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
    expect(validateSettings({ declutter: {} })).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
    expect(validateSettings({ transcripts: { enabled: false } })).toEqual({
      settings: { declutter: DEFAULT_SETTINGS.declutter, transcripts: { enabled: false } },
      errors: [],
    });
  });

  it('falls back per field and names each bad field', () => {
    const result = validateSettings({ declutter: { enabled: 'no' }, transcripts: { enabled: false } });
    expect(result.settings).toEqual({ declutter: DEFAULT_SETTINGS.declutter, transcripts: { enabled: false } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^declutter\.enabled:/);
  });

  it('lists every bad field', () => {
    const result = validateSettings({ declutter: { enabled: 1 }, transcripts: { enabled: null } });
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.errors.map((e) => e.split(':')[0])).toEqual(['declutter.enabled', 'transcripts.enabled']);
  });

  it('treats a group that is not an object as missing', () => {
    const result = validateSettings({ declutter: true, transcripts: 'off' });
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('drops fields it does not know', () => {
    const result = validateSettings({ declutter: { enabled: false, colour: 'red' }, extra: 1 });
    expect(result.settings).toEqual({ declutter: { ...DEFAULT_SETTINGS.declutter, enabled: false }, transcripts: { enabled: true } });
  });

  it('never hands out the defaults object itself', () => {
    const { settings } = validateSettings(undefined);
    settings.declutter.enabled = false;
    expect(DEFAULT_SETTINGS.declutter.enabled).toBe(true);
  });
});
