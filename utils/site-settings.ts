import { SITE_SETTINGS_PREFIX, siteSettingsKey, validateSiteSettings, type SiteSettings } from '../core/settings/site-settings';
import { browser } from './browser';
import { parseUrl } from '../core/web-address';

/** One site's stored choices (the defaults where none are stored). */
export async function loadSiteSettings(hostName: string): Promise<SiteSettings> {
  const key = siteSettingsKey(hostName);
  const stored: Record<string, unknown> = await browser.storage.sync.get(key);
  return validateSiteSettings(stored[key]);
}

export async function saveSiteSettings(hostName: string, settings: SiteSettings): Promise<void> {
  await browser.storage.sync.set({ [siteSettingsKey(hostName)]: settings });
}

/** Changes some of a site's choices, keeping the others as stored. */
export async function updateSiteSettings(hostName: string, change: Partial<SiteSettings>): Promise<void> {
  await saveSiteSettings(hostName, { ...(await loadSiteSettings(hostName)), ...change });
}

/** Every site's stored choice, by host name. */
export async function loadAllSiteSettings(): Promise<Record<string, SiteSettings>> {
  const stored: Record<string, unknown> = await browser.storage.sync.get(null);
  return Object.fromEntries(
    Object.entries(stored)
      .filter(([key]) => key.startsWith(SITE_SETTINGS_PREFIX))
      .map(([key, value]) => [key.slice(SITE_SETTINGS_PREFIX.length), validateSiteSettings(value)]),
  );
}

/** Stores several sites' choices at once, each under its own key. */
export async function saveSiteSettingsEntries(sites: Record<string, SiteSettings>): Promise<void> {
  const entries = Object.entries(sites);
  if (entries.length > 0)
    await browser.storage.sync.set(Object.fromEntries(entries.map(([host, settings]) => [siteSettingsKey(host), settings])));
}

/** The host name a site's settings are kept under, for an http(s) address; none for any other. */
export function siteHostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const parsed = parseUrl(url);
  return parsed?.protocol === 'http:' || parsed?.protocol === 'https:' ? parsed.hostname : undefined;
}

/** Forgets one site's choices. */
export async function removeSiteSettings(hostName: string): Promise<void> {
  await browser.storage.sync.remove(siteSettingsKey(hostName));
}
