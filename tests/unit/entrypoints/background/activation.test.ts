import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MENU_OPEN_READER, MENU_OPTIONS, registerReaderActivation } from '../../../../entrypoints/background/activation';
import { MENU_AUTO_OPEN_SITE, MENU_CLEAN_UP_SITE, MENU_SHOW_HIDDEN } from '../../../../entrypoints/background/cleanup-menu';
import { TOGGLE_COMMAND } from '../../../../utils/manifest';
import { READER_SCRIPT } from '../../../../entrypoints/background/toggle-reader';
import { installBrowserExtras, settleListeners, type BrowserExtras } from '../../../support/fake-browser-extras';

const TOGGLE = { type: 'legible/toggle-reader' };
const ARTICLE_TAB = { id: 42, url: 'https://news.example/harbour' };

type ChromeTab = Parameters<typeof fakeBrowser.action.onClicked.trigger>[0];
/** The fake browser's Tab type wants every field; the background reads only the id. */
const tab = (fields: { id?: number; url?: string }) => fields as ChromeTab;

let extras: BrowserExtras;

beforeEach(() => {
  fakeBrowser.reset();
  extras = installBrowserExtras();
  registerReaderActivation();
});

describe('registerReaderActivation', () => {
  it('toggles the reader in the tab whose toolbar button was clicked', async () => {
    await fakeBrowser.action.onClicked.trigger(tab(ARTICLE_TAB));
    await settleListeners();
    expect(extras.tabs.sent).toEqual([{ tabId: 42, message: TOGGLE, options: { frameId: 0 } }]);
    expect(extras.scripting.injections).toEqual([]);
  });

  it('does nothing for a toolbar click without a tab id', async () => {
    await fakeBrowser.action.onClicked.trigger(tab({ url: 'https://news.example/' }));
    await settleListeners();
    expect(extras.tabs.sent).toEqual([]);
    expect(extras.scripting.injections).toEqual([]);
  });

  it('toggles the reader on its keyboard command, saying it came from the keyboard (the title shows its focus ring)', async () => {
    await extras.commands.onCommand.trigger(TOGGLE_COMMAND, ARTICLE_TAB);
    await settleListeners();
    expect(extras.tabs.sent).toEqual([{ tabId: 42, message: { ...TOGGLE, fromKeyboard: true }, options: { frameId: 0 } }]);
  });

  it('toggles the active tab when the command comes without one', async () => {
    const focused = await fakeBrowser.windows.create({ focused: true });
    const opened = await fakeBrowser.tabs.create({ windowId: focused?.id, url: 'https://news.example/quay', active: true });
    expect(opened.id).toBeDefined();
    await extras.commands.onCommand.trigger(TOGGLE_COMMAND);
    await settleListeners();
    expect(extras.tabs.sent.map((s) => s.tabId)).toEqual([opened.id]);
  });

  it('ignores other commands', async () => {
    await extras.commands.onCommand.trigger('some-other-command', ARTICLE_TAB);
    await settleListeners();
    expect(extras.tabs.sent).toEqual([]);
  });

  it("creates the page menu item and the toolbar button's options item on install", async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect([...extras.contextMenus.items.values()]).toEqual([
      {
        id: MENU_OPEN_READER,
        title: 'Read this page in Legible',
        contexts: ['page'],
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      },
      { id: MENU_SHOW_HIDDEN, title: 'Show what Legible hid on this page', contexts: ['action'], enabled: false },
      { id: MENU_CLEAN_UP_SITE, title: 'Clean up pages on this site', contexts: ['action'], type: 'checkbox', checked: true },
      { id: MENU_AUTO_OPEN_SITE, title: "Open the reader on this site's articles", contexts: ['action'], type: 'checkbox', checked: false },
      { id: MENU_OPTIONS, title: 'Legible options', contexts: ['action'] },
    ]);
  });

  it('makes its menus afresh on update without duplicate ids', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' } as never);
    expect([...extras.contextMenus.items.keys()]).toEqual([
      MENU_OPEN_READER,
      MENU_SHOW_HIDDEN,
      MENU_CLEAN_UP_SITE,
      MENU_AUTO_OPEN_SITE,
      MENU_OPTIONS,
    ]);
  });

  it('toggles the reader from the page menu item', async () => {
    await extras.contextMenus.onClicked.trigger({ menuItemId: MENU_OPEN_READER, pageUrl: ARTICLE_TAB.url }, ARTICLE_TAB);
    await settleListeners();
    expect(extras.tabs.sent).toEqual([{ tabId: 42, message: TOGGLE, options: { frameId: 0 } }]);
    expect(extras.runtime.optionsPageOpened).toBe(0);
  });

  it("opens the options page from the toolbar button's menu", async () => {
    await extras.contextMenus.onClicked.trigger({ menuItemId: MENU_OPTIONS }, ARTICLE_TAB);
    await settleListeners();
    expect(extras.runtime.optionsPageOpened).toBe(1);
    expect(extras.tabs.sent).toEqual([]);
  });

  it('injects the reader where no sentinel answers the toggle', async () => {
    extras.tabs.fail();
    await fakeBrowser.action.onClicked.trigger(tab(ARTICLE_TAB));
    await settleListeners();
    expect(extras.tabs.sent).toHaveLength(1);
    expect(extras.scripting.injections).toEqual([{ target: { tabId: 42, frameIds: [0] }, files: ['/content-scripts/reader.js'] }]);
    expect(READER_SCRIPT).toBe('/content-scripts/reader.js');
  });

  it('survives a tab where the reader cannot be injected either', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    extras.tabs.fail();
    extras.scripting.failWith(new Error('Cannot access contents of url "chrome://settings/"'));
    await fakeBrowser.action.onClicked.trigger(tab({ id: 3, url: 'chrome://settings/' }));
    await settleListeners();
    expect(extras.scripting.injections).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith('Legible: could not run the reader in this tab', expect.any(Error));
  });
});
