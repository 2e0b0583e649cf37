import { isRecord } from '../is-record';
import { DEFAULT_APPEARANCE, validAppearanceField, type Appearance } from './appearance';

/**
 * Every stored setting, grouped by the part of Legible it steers. Fields added within a version
 * come with defaults, so older stored values stay valid as they are.
 */
export type Settings = {
  cleanup: {
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
  /** How the reader looks (version 2). */
  reader: Appearance;
};

/** Version 2 added `reader`; version 3 renamed `declutter` to `cleanup`, the word the interface uses. */
export const SETTINGS_VERSION = 3;

export const DEFAULT_SETTINGS: Settings = {
  cleanup: { enabled: true, everywhere: false, salvageImages: true },
  transcripts: { enabled: true },
  reader: DEFAULT_APPEARANCE,
};

/**
 * What turns a value stored by an older version into the next one, by the version it becomes.
 * The stored value is read as it is; whatever it lacks is filled when it is validated.
 */
export const SETTINGS_MIGRATIONS: Record<number, (stored: unknown) => unknown> = {
  // A reader group already there (written without its version mark) is kept, not reset.
  2: (stored) => (isRecord(stored) && !isRecord(stored.reader) ? { ...stored, reader: structuredClone(DEFAULT_APPEARANCE) } : stored),
  3: (stored) => {
    if (!isRecord(stored) || !('declutter' in stored)) return stored;
    const { declutter, ...rest } = stored;
    return { cleanup: declutter, ...rest };
  },
};

export type SettingsValidation = { settings: Settings; errors: string[] };

type Group = keyof Settings;
/** Checks one field: its value where it is good, nothing where it is not. */
type FieldCheck = (value: unknown) => unknown;

const isBoolean: FieldCheck = (value) => (typeof value === 'boolean' ? value : undefined);

const FIELD_CHECKS: { [G in Group]: { [F in keyof Settings[G]]: FieldCheck } } = {
  cleanup: { enabled: isBoolean, everywhere: isBoolean, salvageImages: isBoolean },
  transcripts: { enabled: isBoolean },
  reader: Object.fromEntries(
    Object.keys(DEFAULT_APPEARANCE).map((key) => [key, (value: unknown) => validAppearanceField(key as keyof Appearance, value)]),
  ) as {
    [F in keyof Appearance]: FieldCheck;
  },
};

/**
 * Reads a stored value field by field: a missing or malformed field falls back to its default and
 * a malformed one is listed in `errors`, while every good field is kept.
 */
export function validateSettings(raw: unknown): SettingsValidation {
  const settings = structuredClone(DEFAULT_SETTINGS);
  const errors: string[] = [];
  if (raw === undefined || raw === null) return { settings, errors };
  if (!isRecord(raw)) return { settings, errors: ['settings: not an object'] };
  for (const group of Object.keys(FIELD_CHECKS) as Group[]) {
    const storedGroup = raw[group];
    if (!isRecord(storedGroup)) continue;
    const target = settings[group] as Record<string, unknown>;
    for (const [field, check] of Object.entries(FIELD_CHECKS[group]) as [string, FieldCheck][]) {
      const value = storedGroup[field];
      if (value === undefined) continue;
      const good = check(value);
      if (good === undefined) errors.push(`${group}.${field}: ${JSON.stringify(value)} is not a valid value`);
      else target[field] = good;
    }
  }
  return { settings, errors };
}
