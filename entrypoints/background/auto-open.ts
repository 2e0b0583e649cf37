import { browser } from '../../utils/browser';
import { loadSiteSettings, siteHostOf } from '../../utils/site-settings';
import { injectReader } from './toggle-reader';

/** The page each tab's reader was opened on by itself, so that it opens once per page load. */
const openedOn = new Map<number, string>();

export function registerAutoOpen(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') openedOn.delete(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => openedOn.delete(tabId));
}

/**
 * Opens the reader on an article page of a site where the user asked for that. Decided here, from
 * the page state the sentinel reports anyway, so the sentinel carries no code for it.
 */
export async function autoOpenReader(tabId: number, pageUrl: string | undefined, isArticle: boolean): Promise<void> {
  const host = siteHostOf(pageUrl);
  if (!isArticle || !host || !pageUrl || openedOn.get(tabId) === pageUrl) return;
  if (!(await loadSiteSettings(host)).autoOpen) return;
  openedOn.set(tabId, pageUrl);
  await injectReader(tabId);
}
