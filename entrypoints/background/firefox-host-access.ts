import type { Tabs } from 'webextension-polyfill';
import { browser } from '../../utils/browser';
import { HOST_ACCESS } from '../../utils/manifest';

/**
 * Firefox quirk: MV3 host permissions are the user's to grant, and `permissions.request` only
 * works inside the click's own handler, so it is called at once, before anything is awaited.
 * Resolves whether Legible may read the tab. Elsewhere access came with the install.
 */
export function requestHostAccessOnClick(tab: Tabs.Tab, isFirefox = import.meta.env.FIREFOX): Promise<boolean> {
  if (!isFirefox || !tab.url?.startsWith('http')) return Promise.resolve(true);
  return browser.permissions.request(HOST_ACCESS).catch(() => false);
}
