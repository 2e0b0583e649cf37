import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, validateSettings, type Settings, type SettingsValidation } from '../core/settings/settings';

/** The one stored settings object, synced where the browser allows. */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
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
