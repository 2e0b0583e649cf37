import type { Tabs } from 'webextension-polyfill';
import type { BackgroundToTab } from '../../core/messages';
import { DEFAULT_SITE_SETTINGS } from '../../core/settings/site-settings';
import { browser } from '../../utils/browser';
import { translate } from '../../utils/i18n';
import { loadSiteSettings, siteHostOf, updateSiteSettings } from '../../utils/site-settings';

export const MENU_SHOW_HIDDEN = 'legible-show-hidden';
export const MENU_CLEAN_UP_SITE = 'legible-clean-up-site';
export const MENU_AUTO_OPEN_SITE = 'legible-auto-open-site';

/** What each tab's sentinel last reported; a lost entry (the worker slept) only leaves the menu as it was. */
const hiddenByTab = new Map<number, number>();

/** The toolbar button's own menu items for the page: undo its clean-up, and clean-up and auto-open for its site. */
export function createCleanupMenus(): void {
  browser.contextMenus.create({ id: MENU_SHOW_HIDDEN, title: translate('menuShowHidden'), contexts: ['action'], enabled: false });
  browser.contextMenus.create({
    id: MENU_CLEAN_UP_SITE,
    title: translate('menuCleanUpSite'),
    contexts: ['action'],
    type: 'checkbox',
    checked: true,
  });
  browser.contextMenus.create({
    id: MENU_AUTO_OPEN_SITE,
    title: translate('menuAutoOpenSite'),
    contexts: ['action'],
    type: 'checkbox',
    checked: false,
  });
}

export function registerCleanupMenus(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === MENU_SHOW_HIDDEN) void sendToTab(tab.id, { type: 'legible/show-hidden' });
    if (info.menuItemId === MENU_CLEAN_UP_SITE) void setSiteCleanUp(tab, info.checked === true);
    if (info.menuItemId === MENU_AUTO_OPEN_SITE) void setSiteAutoOpen(tab, info.checked === true);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => void browser.tabs.get(tabId).then(refreshMenus, () => undefined));
  browser.tabs.onRemoved.addListener((tabId) => hiddenByTab.delete(tabId));
}

/** Called with each page state a tab reports. */
export async function noteHiddenCount(tabId: number, hiddenCount: number): Promise<void> {
  hiddenByTab.set(tabId, hiddenCount);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id === tabId) await refreshMenus(active);
}

/** Turns clean-up on or off for the tab's site, and applies it to the page at once. */
export async function setSiteCleanUp(tab: Tabs.Tab, cleanUp: boolean): Promise<void> {
  const host = siteHostOf(tab.url);
  if (!host || tab.id === undefined) return;
  await updateSiteSettings(host, { cleanUp });
  await sendToTab(tab.id, { type: cleanUp ? 'legible/clean-up' : 'legible/show-hidden' });
}

/** Opens the reader by itself, or no longer, on the tab's site's article pages from the next one on. */
export async function setSiteAutoOpen(tab: Tabs.Tab, autoOpen: boolean): Promise<void> {
  const host = siteHostOf(tab.url);
  if (host) await updateSiteSettings(host, { autoOpen });
}

async function refreshMenus(tab: Tabs.Tab): Promise<void> {
  const host = siteHostOf(tab.url);
  const site = host ? await loadSiteSettings(host) : DEFAULT_SITE_SETTINGS;
  await Promise.all([
    browser.contextMenus.update(MENU_SHOW_HIDDEN, { enabled: (hiddenByTab.get(tab.id ?? -1) ?? 0) > 0 }),
    browser.contextMenus.update(MENU_CLEAN_UP_SITE, { checked: site.cleanUp, enabled: host !== undefined }),
    browser.contextMenus.update(MENU_AUTO_OPEN_SITE, { checked: site.autoOpen, enabled: host !== undefined }),
  ]).catch(() => undefined);
}

function sendToTab(tabId: number, message: BackgroundToTab): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
}
