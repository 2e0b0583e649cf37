import type { PageSettings } from '../../core/messages';
import { DEFAULT_SITE_SETTINGS } from '../../core/settings/site-settings';
import { loadSettings } from '../../utils/settings';
import { loadSiteSettings, siteHostOf } from '../../utils/site-settings';

/**
 * The settings the sentinel needs on a page, read here so that every page does not carry the
 * settings code: the clean-up settings, and the switch for the site of the frame that asked.
 */
export async function pageSettings(frameUrl: string | undefined): Promise<PageSettings> {
  const host = siteHostOf(frameUrl);
  const [{ settings }, site] = await Promise.all([loadSettings(), host ? loadSiteSettings(host) : DEFAULT_SITE_SETTINGS]);
  return { cleanup: settings.cleanup, siteCleanUp: site.cleanUp };
}
