import type { BackgroundToTab } from '../../core/messages';
import { browser } from '../../utils/browser';
import { OPEN_OPTIONS_KEY_NAME, type OpenOptions } from '../../utils/reader-hook';

/** The bundle WXT builds from entrypoints/reader.content/. */
export const READER_SCRIPT = '/content-scripts/reader.js';

/**
 * The one way the reader opens or closes in a tab: the sentinel there owns the toggle. Where it is
 * missing (a page loaded before Legible was installed), the reader is injected and opens itself.
 */
export async function toggleReader(tabId: number, options: OpenOptions = {}): Promise<void> {
  const toggle: BackgroundToTab = { type: 'legible/toggle-reader', ...(options.fromKeyboard ? { fromKeyboard: true } : {}) };
  try {
    await browser.tabs.sendMessage(tabId, toggle, { frameId: 0 });
  } catch {
    await injectReader(tabId, options);
  }
}

/** Runs the reader bundle in the tab's top frame; it opens on load, as `options` say. */
export async function injectReader(tabId: number, options: OpenOptions = {}): Promise<boolean> {
  const target = { tabId, frameIds: [0] };
  try {
    if (options.fromKeyboard) {
      // In the content scripts' own world, where the reader takes it as it opens.
      await browser.scripting.executeScript({
        target,
        func: (key: string, left: OpenOptions) => void ((globalThis as unknown as Record<symbol, OpenOptions>)[Symbol.for(key)] = left),
        args: [OPEN_OPTIONS_KEY_NAME, options],
      });
    }
    await browser.scripting.executeScript({ target, files: [READER_SCRIPT] });
    return true;
  } catch (error) {
    console.warn('Legible: could not run the reader in this tab', error);
    return false;
  }
}
