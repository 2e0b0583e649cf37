import { siteSettingsKey, validateSiteSettings, type SiteSettings } from '../core/settings/site-settings';
import { browser } from './browser';

/** One site's stored choices (the defaults where none are stored). */
export async function loadSiteSettings(hostName: string): Promise<SiteSettings> {
  const key = siteSettingsKey(hostName);
  const stored: Record<string, unknown> = await browser.storage.sync.get(key);
  return validateSiteSettings(stored[key]);
}

export async function saveSiteSettings(hostName: string, settings: SiteSettings): Promise<void> {
  await browser.storage.sync.set({ [siteSettingsKey(hostName)]: settings });
}
