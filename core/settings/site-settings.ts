/**
 * What the user chose for one site, stored under its own key (`site:<host name>`): storage.sync
 * allows 8 KB per item, so sites never share one growing item.
 */
export type SiteSettings = {
  /** Clean up this site's pages (hide what needs scripts, load lazy images). */
  cleanUp: boolean;
};

export const DEFAULT_SITE_SETTINGS: SiteSettings = { cleanUp: true };

export const SITE_SETTINGS_PREFIX = 'site:';

/** The storage.sync key for a host name's settings. */
export function siteSettingsKey(hostName: string): string {
  return `${SITE_SETTINGS_PREFIX}${hostName.toLowerCase()}`;
}

/** A stored site entry, field by field; anything malformed falls back to the default. */
export function validateSiteSettings(raw: unknown): SiteSettings {
  const cleanUp = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).cleanUp : undefined;
  return { cleanUp: typeof cleanUp === 'boolean' ? cleanUp : DEFAULT_SITE_SETTINGS.cleanUp };
}
