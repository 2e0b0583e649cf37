import type { OptionsClient } from '../../components/OptionsPage';
import { browser } from '../../utils/browser';
import { loadSettings, saveSettings } from '../../utils/settings';
import { TOGGLE_COMMAND } from '../background/activation';

const HOST_ACCESS = { origins: ['http://*/*', 'https://*/*'] };

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
};
