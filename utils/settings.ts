import { storage } from '@wxt-dev/storage';
import type { Appearance } from '../core/settings/appearance';
import {
  DEFAULT_SETTINGS,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  validateSettings,
  type Settings,
  type SettingsValidation,
} from '../core/settings/settings';

/** The one stored settings object, synced where the browser allows. */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** Reads the settings, repairing any field that is missing or malformed. */
export async function loadSettings(): Promise<SettingsValidation> {
  try {
    return validateSettings(await settingsItem.getValue());
  } catch (error) {
    return { settings: structuredClone(DEFAULT_SETTINGS), errors: [`settings: ${String(error)}`] };
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

/** Stores the reader's look, leaving every other setting as it is stored now. */
export async function saveAppearance(appearance: Appearance): Promise<void> {
  const { settings } = await loadSettings();
  await settingsItem.setValue({ ...settings, reader: appearance });
}
