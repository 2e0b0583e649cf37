import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, LaunchOptions, LegibleBrowser } from './types';

export type { BrowserName, HostMapping, LaunchOptions, LegibleBrowser, SystemSettings } from './types';
export { evaluateIn } from './evaluate';
export { pollPage } from './poll';

/** Where `npm run build` (wxt) puts each browser's unpacked extension. */
export function extensionDirFor(browser: BrowserName, projectRoot: string): string {
  return `${projectRoot}/.output/${browser === 'firefox' ? 'firefox-mv3' : 'chrome-mv3'}`;
}

export async function launchBrowser(name: BrowserName, options: LaunchOptions): Promise<LegibleBrowser> {
  return name === 'firefox' ? launchFirefox(options) : launchChromium(options);
}
