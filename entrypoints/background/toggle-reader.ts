import type { BackgroundToTab } from '../../core/messages';
import { browser } from '../../utils/browser';

/** The bundle WXT builds from entrypoints/reader.content/. */
export const READER_SCRIPT = '/content-scripts/reader.js';

/**
 * The one way the reader opens or closes in a tab: the sentinel there owns the toggle. Where it is
 * missing (a page loaded before Legible was installed), the reader is injected and opens itself.
 */
export async function toggleReader(tabId: number): Promise<void> {
  const toggle: BackgroundToTab = { type: 'legible/toggle-reader' };
  try {
    await browser.tabs.sendMessage(tabId, toggle, { frameId: 0 });
  } catch {
    await injectReader(tabId);
  }
}

/** Runs the reader bundle in the tab's top frame; it opens on load. */
export async function injectReader(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [READER_SCRIPT] });
    return true;
  } catch (error) {
    console.warn('Legible: could not run the reader in this tab', error);
    return false;
  }
}
