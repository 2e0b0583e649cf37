/**
 * What the user chose for one site, stored under its own key (`site:<host name>`): storage.sync
 * allows 8 KB per item, so sites never share one growing item.
 */
export type SiteSettings = {
  /** Clean up this site's pages (hide what needs scripts, load lazy images). */
  cleanUp: boolean;
  /** Open the reader by itself on this site's article pages. */
  autoOpen: boolean;
  /** Show this site's articles with what the reader's second pass leaves out (related links, calls to subscribe…). */
  showLeftOut: boolean;
};

export const DEFAULT_SITE_SETTINGS: SiteSettings = { cleanUp: true, autoOpen: false, showLeftOut: false };

export const SITE_SETTINGS_PREFIX = 'site:';

/** The storage.sync key for a host name's settings. */
export function siteSettingsKey(hostName: string): string {
  return `${SITE_SETTINGS_PREFIX}${hostName.toLowerCase()}`;
}

/** A stored site entry, field by field; anything malformed falls back to the default. */
export function validateSiteSettings(raw: unknown): SiteSettings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const flag = (field: keyof SiteSettings) =>
    typeof stored[field] === 'boolean' ? (stored[field] as boolean) : DEFAULT_SITE_SETTINGS[field];
  return { cleanUp: flag('cleanUp'), autoOpen: flag('autoOpen'), showLeftOut: flag('showLeftOut') };
}
