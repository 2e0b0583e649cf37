import { describe, expect, it } from 'vitest';
import { DEFAULT_APPEARANCE } from '../../../../core/settings/appearance';
import { DEFAULT_SETTINGS, SETTINGS_MIGRATIONS, SETTINGS_VERSION, validateSettings } from '../../../../core/settings/settings';

const reader = DEFAULT_APPEARANCE;

describe('validateSettings', () => {
  it('keeps a complete, valid value as it is', () => {
    const stored = {
      cleanup: { enabled: false, everywhere: true, salvageImages: false },
      transcripts: { enabled: false },
      reader: {
        theme: 'dark',
        font: 'hyperlegible',
        fontSize: 28,
        lineHeight: 2,
        contentWidth: 30,
        letterSpacing: 0.06,
        wordSpacing: 0.1,
        paragraphSpacing: 1.5,
        lineFocus: true,
        lineFocusLines: 5,
        speechRate: 1.5,
        readTranscripts: true,
      },
    };
    expect(validateSettings(stored)).toEqual({ settings: stored, errors: [] });
  });

  it('reads a value stored before the newer clean-up fields, filling them from the defaults', () => {
    expect(validateSettings({ cleanup: { enabled: false }, transcripts: { enabled: true } })).toEqual({
      settings: { cleanup: { enabled: false, everywhere: false, salvageImages: true }, transcripts: { enabled: true }, reader },
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
    expect(validateSettings({ cleanup: {} })).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
    expect(validateSettings({ transcripts: { enabled: false } })).toEqual({
      settings: { cleanup: DEFAULT_SETTINGS.cleanup, transcripts: { enabled: false }, reader },
      errors: [],
    });
  });

  it('falls back per field and names each bad field', () => {
    const result = validateSettings({ cleanup: { enabled: 'no' }, transcripts: { enabled: false } });
    expect(result.settings).toEqual({ cleanup: DEFAULT_SETTINGS.cleanup, transcripts: { enabled: false }, reader });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^cleanup\.enabled:/);
  });

  it('lists every bad field', () => {
    const result = validateSettings({ cleanup: { enabled: 1 }, transcripts: { enabled: null } });
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.errors.map((e) => e.split(':')[0])).toEqual(['cleanup.enabled', 'transcripts.enabled']);
  });

  it('treats a group that is not an object as missing', () => {
    const result = validateSettings({ cleanup: true, transcripts: 'off' });
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('drops fields it does not know', () => {
    const result = validateSettings({ cleanup: { enabled: false, colour: 'red' }, extra: 1 });
    expect(result.settings).toEqual({ cleanup: { ...DEFAULT_SETTINGS.cleanup, enabled: false }, transcripts: { enabled: true }, reader });
  });

  it('never hands out the defaults object itself', () => {
    const { settings } = validateSettings(undefined);
    settings.cleanup.enabled = false;
    expect(DEFAULT_SETTINGS.cleanup.enabled).toBe(true);
  });

  it('keeps every good reader field and falls back, named, for each bad one', () => {
    const result = validateSettings({
      reader: {
        theme: 'neon',
        font: 'hyperlegible',
        fontSize: 400,
        lineHeight: 1.8,
        contentWidth: '40',
        letterSpacing: Number.NaN,
        wordSpacing: 0.2,
        paragraphSpacing: -1,
        lineFocus: 'yes',
        lineFocusLines: 4,
      },
    });
    expect(result.settings.reader).toEqual({ ...DEFAULT_APPEARANCE, font: 'hyperlegible', lineHeight: 1.8, wordSpacing: 0.2 });
    expect(result.errors.map((e) => e.split(':')[0])).toEqual([
      'reader.theme',
      'reader.fontSize',
      'reader.contentWidth',
      'reader.letterSpacing',
      'reader.paragraphSpacing',
      'reader.lineFocus',
      'reader.lineFocusLines',
    ]);
    expect(result.settings.cleanup).toEqual(DEFAULT_SETTINGS.cleanup);
  });

  it('accepts the ends of every range and each theme and font', () => {
    for (const theme of ['system', 'light', 'sepia', 'dark', 'contrast'])
      expect(validateSettings({ reader: { theme } }).settings.reader.theme).toBe(theme);
    for (const font of ['serif', 'sans', 'mono', 'hyperlegible'])
      expect(validateSettings({ reader: { font } }).settings.reader.font).toBe(font);
    expect(validateSettings({ reader: { fontSize: 14, lineHeight: 2.4 } })).toEqual({
      settings: { ...DEFAULT_SETTINGS, reader: { ...reader, fontSize: 14, lineHeight: 2.4 } },
      errors: [],
    });
  });
});

describe('SETTINGS_MIGRATIONS', () => {
  it('takes a version-1 value to version 2 with the reader at its defaults and the rest untouched', () => {
    const version1 = { declutter: { enabled: false, everywhere: true, salvageImages: false }, transcripts: { enabled: false } };
    expect(SETTINGS_MIGRATIONS[2]!(version1)).toEqual({ ...version1, reader: DEFAULT_APPEARANCE });
  });

  it('keeps a reader group that is already there', () => {
    const stored = {
      declutter: DEFAULT_SETTINGS.cleanup,
      transcripts: { enabled: true },
      reader: { ...DEFAULT_APPEARANCE, theme: 'dark' },
    };
    expect(SETTINGS_MIGRATIONS[2]!(stored)).toEqual(stored);
  });

  it('takes a version-2 value to version 3: the clean-up switches kept as they were, under their new name', () => {
    const version2 = {
      declutter: { enabled: false, everywhere: true, salvageImages: false },
      transcripts: { enabled: false },
      reader: { ...DEFAULT_APPEARANCE, theme: 'dark' },
    };
    const version3 = SETTINGS_MIGRATIONS[3]!(version2);
    expect(version3).toEqual({ cleanup: version2.declutter, transcripts: version2.transcripts, reader: version2.reader });
    expect(validateSettings(version3)).toEqual({ settings: version3, errors: [] });
  });

  it('takes a version-1 value through every migration to a valid one that keeps each choice', () => {
    let stored: unknown = { declutter: { enabled: false, everywhere: true, salvageImages: false }, transcripts: { enabled: false } };
    for (let version = 2; version <= SETTINGS_VERSION; version++) stored = SETTINGS_MIGRATIONS[version]!(stored);
    expect(validateSettings(stored)).toEqual({
      settings: {
        cleanup: { enabled: false, everywhere: true, salvageImages: false },
        transcripts: { enabled: false },
        reader: DEFAULT_APPEARANCE,
      },
      errors: [],
    });
  });

  it('leaves a corrupt version-1 value for validation to repair', () => {
    expect(SETTINGS_MIGRATIONS[2]!('garbage')).toBe('garbage');
    expect(SETTINGS_MIGRATIONS[3]!('garbage')).toBe('garbage');
    expect(validateSettings(SETTINGS_MIGRATIONS[2]!('garbage')).settings).toEqual(DEFAULT_SETTINGS);
  });
});
