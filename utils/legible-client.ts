import type { LegibleClient } from '../components/legible-client';
import { isRecord } from '../core/is-record';
import type { TabToBackground, TabToBackgroundReply } from '../core/messages';
import { fail } from '../core/result';
import { browser } from './browser';

/** Sends a typed message to the background and returns its typed reply. */
export async function sendToBackground<M extends TabToBackground>(message: M): Promise<TabToBackgroundReply[M['type']]> {
  return (await browser.runtime.sendMessage(message)) as TabToBackgroundReply[M['type']];
}

/** The reader's link to the background worker. */
export const backgroundClient: LegibleClient = {
  // A clip the background refuses to take (its message past every limit) gets no answer: the
  // card says so rather than waiting for ever.
  getTranscript: (media) =>
    sendToBackground({ type: 'legible/get-transcript', media }).then(
      (result) =>
        isRecord(result) && typeof result.ok === 'boolean'
          ? result
          : fail('refused', 'Legible did not take this clip: the page describes it past every limit'),
      (error: unknown) => fail('network', `Legible's background did not answer: ${error instanceof Error ? error.message : String(error)}`),
    ),
};
