import type { PageSettings } from '../messages';

/** How long a page with its scripts on gets to start its players before empty shells count as dead. */
export const PLAYER_WAIT_MS = 4000;

/**
 * Whether the sentinel cleans this page up: the clean-up is on, and on for this site, and the page
 * is an article, or the user asked for every page. Without the settings (the extension is being
 * updated, the background did not answer) the page is left as it is.
 */
export function wantsCleanup(settings: PageSettings | undefined, isArticle: boolean): boolean {
  const cleanup = settings?.cleanup;
  return !!cleanup?.enabled && !!settings?.siteCleanUp && (isArticle || cleanup.everywhere);
}

/**
 * Whether to look again, PLAYER_WAIT_MS later, for players whose script never came: with page
 * scripts off the first pass saw every dead player already.
 */
export function wantsLaterLook(wanted: boolean, scriptsOff: boolean): boolean {
  return wanted && !scriptsOff;
}
