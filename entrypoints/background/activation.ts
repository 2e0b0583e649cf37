import { browser } from '../../utils/browser';
import { translate } from '../../utils/i18n';
import { TOGGLE_COMMAND } from '../../utils/manifest';
import { createCleanupMenus } from './cleanup-menu';
import { requestHostAccessOnClick } from './firefox-host-access';
import { toggleReader } from './toggle-reader';

export const MENU_OPEN_READER = 'legible-open-reader';
export const MENU_OPTIONS = 'legible-options';

/** Every way a user opens the reader: toolbar button, keyboard command, and context menus. */
export function registerReaderActivation(): void {
  browser.action.onClicked.addListener((tab) => {
    const access = requestHostAccessOnClick(tab);
    void access.then((granted) => (granted && tab.id !== undefined ? toggleReader(tab.id) : undefined));
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_COMMAND) return;
    const fromKeyboard = { fromKeyboard: true };
    if (tab?.id !== undefined) void toggleReader(tab.id, fromKeyboard);
    else void activeTabId().then((id) => (id === undefined ? undefined : toggleReader(id, fromKeyboard)));
  });
  browser.runtime.onInstalled.addListener(() => createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_OPEN_READER && tab?.id !== undefined) void toggleReader(tab.id);
    if (info.menuItemId === MENU_OPTIONS) void browser.runtime.openOptionsPage();
  });
}

async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_OPEN_READER,
    title: translate('menuOpenReader'),
    contexts: ['page'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
  createCleanupMenus();
  browser.contextMenus.create({ id: MENU_OPTIONS, title: translate('menuOptions'), contexts: ['action'] });
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
