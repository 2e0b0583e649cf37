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

/** The bundle WXT builds from entrypoints/cleanup.content.ts. */
export const CLEANUP_SCRIPT = '/content-scripts/cleanup.js';

/** Runs the reader bundle in the tab's top frame; it opens on load. */
export function injectReader(tabId: number): Promise<boolean> {
  return injectInTopFrame(tabId, READER_SCRIPT);
}

/** Runs the clean-up bundle in the tab's top frame, where the sentinel asked for it. */
export function injectCleanup(tabId: number): Promise<boolean> {
  return injectInTopFrame(tabId, CLEANUP_SCRIPT);
}

async function injectInTopFrame(tabId: number, file: string): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
    return true;
  } catch (error) {
    console.warn(`Legible: could not run ${file} in this tab`, error);
    return false;
  }
}
