import type { LegibleClient } from '../components/legible-client';
import type { TabToBackground, TabToBackgroundReply } from '../core/messages';
import { browser } from './browser';

/** Sends a typed message to the background and returns its typed reply. */
export async function sendToBackground<M extends TabToBackground>(message: M): Promise<TabToBackgroundReply[M['type']]> {
  return (await browser.runtime.sendMessage(message)) as TabToBackgroundReply[M['type']];
}

/** The reader's link to the background worker. */
export const backgroundClient: LegibleClient = {
  getTranscript: (media) => sendToBackground({ type: 'legible/get-transcript', media }),
};
