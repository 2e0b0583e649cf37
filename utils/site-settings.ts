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

/** The host name a site's settings are kept under, for an http(s) address; none for any other. */
export function siteHostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}
