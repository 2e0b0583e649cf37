import { isRecord } from '../is-record';
import { fail, type Failure } from '../result';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION, validateSettings, type Settings } from './settings';
import { validateSiteSettings, type SiteSettings } from './site-settings';

/** What `Export settings` writes and `Import settings` reads: every setting, and each site's choice. */
export type SettingsFile = {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  settings: Settings;
  /** By host name. */
  sites: Record<string, SiteSettings>;
};

export const SETTINGS_FILE_FORMAT = 'legible-settings';
/** A settings file is a few kilobytes; anything far larger is not one. */
const MAX_FILE_CHARS = 1_000_000;
/** Host names as a browser writes them: letters, digits, dots and dashes. */
const HOST_NAME = /^[a-z0-9.-]{1,253}$/;

export type ImportedSettings = { settings: Settings; sites: Record<string, SiteSettings>; repaired: string[] };
export type SettingsFileProblem = 'not-json' | 'not-legible' | 'newer' | 'too-large';

export function writeSettingsFile(settings: Settings, sites: Record<string, SiteSettings>): string {
  const file: SettingsFile = { format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, settings, sites };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a settings file: an older version is migrated, a bad field falls back to its default and
 * is named in `repaired`, and a file that is not Legible's (or from a newer Legible) is refused
 * whole, so importing never half-applies.
 */
export function readSettingsFile(text: string): ({ ok: true } & ImportedSettings) | Failure<SettingsFileProblem> {
  if (text.length > MAX_FILE_CHARS) return fail('too-large', `${text.length} characters`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail('not-json', String(error));
  }
  if (!isRecord(raw) || raw.format !== SETTINGS_FILE_FORMAT || typeof raw.version !== 'number') {
    return fail('not-legible', 'no "format": "legible-settings" with a version');
  }
  if (raw.version > SETTINGS_VERSION) return fail('newer', `version ${raw.version}`);
  let stored = raw.settings;
  for (let version = raw.version + 1; version <= SETTINGS_VERSION; version++) stored = SETTINGS_MIGRATIONS[version]?.(stored) ?? stored;
  const { settings, errors } = validateSettings(stored);
  const sites: Record<string, SiteSettings> = {};
  const repaired = [...errors];
  for (const [host, site] of Object.entries(isRecord(raw.sites) ? raw.sites : {})) {
    if (HOST_NAME.test(host)) sites[host] = validateSiteSettings(site);
    else repaired.push(`sites: "${host.slice(0, 60)}" is not a host name`);
  }
  return { ok: true, settings, sites, repaired };
}
