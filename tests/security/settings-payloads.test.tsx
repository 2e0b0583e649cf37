/**
 * Payloads in a settings file being imported, and in stored settings changed behind Legible's
 * back (another program, a synced profile): every field takes only the values it knows, a
 * payload leaves that field at its default and is reported, and the options page shows site
 * names as words only.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage, type OptionsClient } from '../../components/OptionsPage';
import { readSettingsFile, SETTINGS_FILE_FORMAT } from '../../core/settings/settings-file';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, validateSettings, type Settings } from '../../core/settings/settings';
import { DEFAULT_SITE_SETTINGS, validateSiteSettings, type SiteSettings } from '../../core/settings/site-settings';
import { renderWithI18n, settle, type Rendered } from '../unit/components/render-with-i18n';
import { findUnsafeMarkup } from './find-unsafe-markup';
import { vectors } from './hostile-markup';

/** Every field of the settings, as [group, field]. */
const FIELDS = (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]).flatMap((group) =>
  Object.keys(DEFAULT_SETTINGS[group]).map((field) => [group, field] as const),
);

/** Payloads, and values of the wrong kind that a careless reader would pass on. */
const HOSTILE_VALUES: readonly unknown[] = [
  ...vectors('window.__legiblePwned = 1').map((vector) => vector.html),
  'serif; background: url(javascript:alert(1))',
  '1e999',
  Number.MAX_VALUE,
  -1,
  { toString: 'x', valueOf: 1 },
  ['serif'],
  { __proto__: { polluted: true } },
];

const withField = (group: string, field: string, value: unknown) => ({
  ...DEFAULT_SETTINGS,
  [group]: { ...DEFAULT_SETTINGS[group as keyof Settings], [field]: value },
});
const file = (settings: unknown, sites: unknown = {}) =>
  JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, settings, sites });

const cases = FIELDS.flatMap(([group, field]) =>
  HOSTILE_VALUES.map((value, index) => [`${group}.${field}`, index, group, field, value] as const),
);

describe('hostile values in every setting', () => {
  it('number at least three hundred', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
  });

  it.each(cases)(
    '%s, payload %i: refused on import and in storage, the field at its default, the rest kept',
    (path, _index, group, field, value) => {
      const imported = readSettingsFile(file(withField(group, field, value)));
      expect(imported.ok).toBe(true);
      if (!imported.ok) return;
      expect(imported.settings).toEqual(DEFAULT_SETTINGS);
      expect(imported.repaired.join(' ')).toContain(field);

      const stored = validateSettings(withField(group, field, value));
      expect(stored.settings).toEqual(DEFAULT_SETTINGS);
      expect(stored.errors.join(' '), path).toContain(field);
    },
  );
});

describe('hostile site names and site settings', () => {
  it.each(vectors('window.__legiblePwned = 1').map((vector) => [vector.name, vector.html] as const))(
    'a site named by %s is not imported',
    (_name, payload) => {
      const imported = readSettingsFile(file(DEFAULT_SETTINGS, { [payload]: { cleanUp: false } }));
      expect(imported).toMatchObject({ ok: true, sites: {} });
    },
  );

  it('a "__proto__" site pollutes nothing', () => {
    const imported = readSettingsFile(
      `{"format":"${SETTINGS_FILE_FORMAT}","version":${SETTINGS_VERSION},"settings":{},"sites":{"__proto__":{"cleanUp":false,"polluted":true}}}`,
    );
    expect(imported.ok).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['cleanUp']).toBeUndefined();
  });

  it.each(vectors('x').map((vector) => [vector.name, vector.html] as const))(
    'stored site settings of %s fall back to the defaults',
    (_name, payload) => {
      expect(validateSiteSettings({ cleanUp: payload, autoOpen: payload, showLeftOut: payload })).toEqual(DEFAULT_SITE_SETTINGS);
    },
  );
});

describe('the options page with site names changed behind its back', () => {
  let rendered: Rendered | undefined;
  afterEach(() => rendered?.unmount());

  it('shows each as words, with nothing that can run', async () => {
    const sites: Record<string, SiteSettings> = Object.fromEntries(
      vectors('window.__legiblePwned = 1').map((vector) => [vector.html, { ...DEFAULT_SITE_SETTINGS, autoOpen: true }]),
    );
    const client: OptionsClient = {
      hasHostAccess: vi.fn(async () => true),
      requestHostAccess: vi.fn(async () => true),
      getShortcut: vi.fn(async () => 'Alt+Shift+L'),
      browserFamily: 'chrome',
      loadSettings: vi.fn(async () => ({ settings: structuredClone(DEFAULT_SETTINGS), errors: [] })),
      saveSettings: vi.fn(async () => undefined),
      loadSiteSettings: vi.fn(async () => structuredClone(sites)),
      saveSiteSettings: vi.fn(async () => undefined),
      removeSiteSettings: vi.fn(async () => undefined),
    };
    rendered = renderWithI18n(<OptionsPage client={client} />);
    await settle();
    expect(rendered.container.textContent).toContain('<img src=x onerror="window.__legiblePwned = 1">');
    expect(findUnsafeMarkup('https://legible.example/options.html')).toEqual([]);
  });
});
