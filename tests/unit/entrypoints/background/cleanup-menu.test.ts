import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerReaderActivation } from '../../../../entrypoints/background/activation';
import {
  MENU_AUTO_OPEN_SITE,
  MENU_CLEAN_UP_SITE,
  MENU_SHOW_HIDDEN,
  noteHiddenCount,
  registerCleanupMenus,
} from '../../../../entrypoints/background/cleanup-menu';
import { installBrowserExtras, settleListeners, type BrowserExtras } from '../../../support/fake-browser-extras';

let extras: BrowserExtras;
let tabId: number;
const URL_ON_SITE = 'https://news.example/harbour';

beforeEach(async () => {
  fakeBrowser.reset();
  extras = installBrowserExtras();
  registerReaderActivation();
  registerCleanupMenus();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
  const window = await fakeBrowser.windows.create({ focused: true });
  const tab = await fakeBrowser.tabs.create({ windowId: window?.id, url: URL_ON_SITE, active: true });
  tabId = tab.id!;
});

const click = (menuItemId: string, checked?: boolean) =>
  extras.contextMenus.onClicked.trigger({ menuItemId, checked } as never, { id: tabId, url: URL_ON_SITE } as never);

describe('the clean-up items of the toolbar button menu', () => {
  it('offers "show what was hidden" only once the page reports something hidden', async () => {
    expect(extras.contextMenus.items.get(MENU_SHOW_HIDDEN)?.enabled).toBe(false);
    await noteHiddenCount(tabId, 3);
    expect(extras.contextMenus.items.get(MENU_SHOW_HIDDEN)?.enabled).toBe(true);
    await noteHiddenCount(tabId, 0);
    expect(extras.contextMenus.items.get(MENU_SHOW_HIDDEN)?.enabled).toBe(false);
  });

  it('asks the page to show everything again', async () => {
    await click(MENU_SHOW_HIDDEN);
    await settleListeners();
    expect(extras.tabs.sent).toEqual([{ tabId, message: { type: 'legible/show-hidden' }, options: { frameId: 0 } }]);
  });

  it('turns clean-up off for the site, stores it under the site key, and undoes it on the page', async () => {
    await click(MENU_CLEAN_UP_SITE, false);
    await settleListeners();
    expect(await fakeBrowser.storage.sync.get('site:news.example')).toEqual({
      'site:news.example': { cleanUp: false, autoOpen: false, showLeftOut: false },
    });
    expect(extras.tabs.sent.map((s) => s.message)).toEqual([{ type: 'legible/show-hidden' }]);
  });

  it('turns it back on and cleans the page up again', async () => {
    await click(MENU_CLEAN_UP_SITE, false);
    await click(MENU_CLEAN_UP_SITE, true);
    await settleListeners();
    expect(await fakeBrowser.storage.sync.get('site:news.example')).toEqual({
      'site:news.example': { cleanUp: true, autoOpen: false, showLeftOut: false },
    });
    expect(extras.tabs.sent.map((s) => s.message)).toEqual([{ type: 'legible/show-hidden' }, { type: 'legible/clean-up' }]);
  });

  it('shows the site choice of the tab that becomes active', async () => {
    await fakeBrowser.storage.sync.set({ 'site:quiet.example': { cleanUp: false } });
    const other = await fakeBrowser.tabs.create({ url: 'https://quiet.example/story', active: true });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: other.id!, windowId: other.windowId! });
    await settleListeners();
    expect(extras.contextMenus.items.get(MENU_CLEAN_UP_SITE)?.checked).toBe(false);
  });

  it("opens the reader on the site's articles once asked, keeping its clean-up choice, and shows the choice", async () => {
    await click(MENU_CLEAN_UP_SITE, false);
    await click(MENU_AUTO_OPEN_SITE, true);
    await settleListeners();
    expect(await fakeBrowser.storage.sync.get('site:news.example')).toEqual({
      'site:news.example': { cleanUp: false, autoOpen: true, showLeftOut: false },
    });
    await fakeBrowser.tabs.onActivated.trigger({ tabId, windowId: 0 } as never);
    await settleListeners();
    expect(extras.contextMenus.items.get(MENU_AUTO_OPEN_SITE)?.checked).toBe(true);
  });
});
