/**
 * Every stored setting, grouped by the part of Legible it steers. Version 1: fields added since
 * come with defaults, so stored version-1 values stay valid as they are.
 */
export type Settings = {
  declutter: {
    /** Hide notices and shells that need the page's scripts, on article pages. */
    enabled: boolean;
    /** Clean up every page, not only articles (opt-in). */
    everywhere: boolean;
    /** Load the images a page's lazy-loading script would have loaded (page scripts off). */
    salvageImages: boolean;
  };
  transcripts: {
    /** Fetch transcripts for the clips when the reader opens. */
    enabled: boolean;
  };
};

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Settings = {
  declutter: { enabled: true, everywhere: false, salvageImages: true },
  transcripts: { enabled: true },
};

export type SettingsValidation = { settings: Settings; errors: string[] };

type BooleanPath = { [G in keyof Settings]: [G, keyof Settings[G] & string] }[keyof Settings];

const BOOLEAN_FIELDS: BooleanPath[] = [
  ['declutter', 'enabled'],
  ['declutter', 'everywhere'],
  ['declutter', 'salvageImages'],
  ['transcripts', 'enabled'],
];

/**
 * Reads a stored value field by field: a missing or malformed field falls back to its default and
 * is listed in `errors`, while every good field is kept.
 */
export function validateSettings(raw: unknown): SettingsValidation {
  const settings = structuredClone(DEFAULT_SETTINGS);
  const errors: string[] = [];
  if (raw === undefined || raw === null) return { settings, errors };
  if (typeof raw !== 'object') return { settings, errors: ['settings: not an object'] };
  const stored = raw as Record<string, unknown>;
  for (const [group, field] of BOOLEAN_FIELDS) {
    const storedGroup = stored[group];
    const value = typeof storedGroup === 'object' && storedGroup !== null
      ? (storedGroup as Record<string, unknown>)[field]
      : undefined;
    if (value === undefined) continue;
    if (typeof value === 'boolean') (settings[group] as Record<string, boolean>)[field] = value;
    else errors.push(`${group}.${field}: expected true or false`);
  }
  return { settings, errors };
}
