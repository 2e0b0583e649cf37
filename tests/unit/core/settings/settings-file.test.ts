import { describe, expect, it } from 'vitest';
import { DEFAULT_APPEARANCE } from '../../../../core/settings/appearance';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../../core/settings/settings';
import { readSettingsFile, writeSettingsFile } from '../../../../core/settings/settings-file';

const SETTINGS = {
  ...DEFAULT_SETTINGS,
  cleanup: { enabled: false, everywhere: true, salvageImages: false },
  reader: { ...DEFAULT_APPEARANCE, theme: 'sepia' as const, fontSize: 26 },
};

describe('settings files', () => {
  it('reads back what it writes', () => {
    const text = writeSettingsFile(SETTINGS, { 'news.example': { cleanUp: false, autoOpen: true, showLeftOut: false } });
    expect(JSON.parse(text)).toMatchObject({ format: 'legible-settings', version: SETTINGS_VERSION });
    expect(readSettingsFile(text)).toEqual({
      ok: true,
      settings: SETTINGS,
      sites: { 'news.example': { cleanUp: false, autoOpen: true, showLeftOut: false } },
      repaired: [],
    });
  });

  it('migrates a version-1 file: the reader comes at its defaults, the clean-up switches under their new name', () => {
    const version1 = JSON.stringify({
      format: 'legible-settings',
      version: 1,
      settings: { declutter: SETTINGS.cleanup, transcripts: { enabled: false } },
      sites: {},
    });
    const read = readSettingsFile(version1);
    expect(read.ok && read.settings).toEqual({ cleanup: SETTINGS.cleanup, transcripts: { enabled: false }, reader: DEFAULT_APPEARANCE });
  });

  it('repairs bad fields and names them, keeping the good ones', () => {
    const text = JSON.stringify({
      format: 'legible-settings',
      version: SETTINGS_VERSION,
      settings: { cleanup: { enabled: 'nope' }, reader: { theme: 'dark', fontSize: 9000 } },
      sites: { 'ok.example': { cleanUp: false }, '<script>': { cleanUp: false } },
    });
    const read = readSettingsFile(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.settings.reader.theme).toBe('dark');
    expect(read.settings.reader.fontSize).toBe(DEFAULT_APPEARANCE.fontSize);
    expect(read.sites).toEqual({ 'ok.example': { cleanUp: false, autoOpen: false, showLeftOut: false } });
    expect(read.repaired.map((r) => r.split(':')[0])).toEqual(['cleanup.enabled', 'reader.fontSize', 'sites']);
  });

  it('refuses, whole, what is not a Legible settings file', () => {
    expect(readSettingsFile('{ not json')).toMatchObject({ ok: false, reason: 'not-json' });
    expect(readSettingsFile('{"theme":"dark"}')).toMatchObject({ ok: false, reason: 'not-legible' });
    expect(readSettingsFile('[]')).toMatchObject({ ok: false, reason: 'not-legible' });
    expect(readSettingsFile(JSON.stringify({ format: 'legible-settings', version: SETTINGS_VERSION + 1, settings: {} }))).toMatchObject({
      ok: false,
      reason: 'newer',
    });
    expect(readSettingsFile(' '.repeat(1_000_001))).toMatchObject({ ok: false, reason: 'too-large' });
  });
});
