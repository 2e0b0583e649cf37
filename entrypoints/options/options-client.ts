import type { OptionsClient } from '../../components/OptionsPage';
import { browser } from '../../utils/browser';
import { loadSettings, saveSettings } from '../../utils/settings';
import { loadAllSiteSettings, removeSiteSettings, saveSiteSettingsEntries } from '../../utils/site-settings';
import { HOST_ACCESS, TOGGLE_COMMAND } from '../../utils/manifest';

export const optionsClient: OptionsClient = {
  hasHostAccess: () => browser.permissions.contains(HOST_ACCESS),
  requestHostAccess: () => browser.permissions.request(HOST_ACCESS),
  async getShortcut() {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === TOGGLE_COMMAND)?.shortcut ?? '';
  },
  browserFamily: import.meta.env.FIREFOX ? 'firefox' : 'chrome',
  loadSettings,
  saveSettings,
  loadSiteSettings: loadAllSiteSettings,
  saveSiteSettings: saveSiteSettingsEntries,
  removeSiteSettings,
};
