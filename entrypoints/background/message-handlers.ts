import type { Runtime } from 'webextension-polyfill';
import { isTabToBackground, type TabToBackground, type TabToBackgroundReply } from '../../core/messages';
import type { TranscriptService } from '../../core/transcripts/service';
import { browser } from '../../utils/browser';
import { noteHiddenCount } from './cleanup-menu';
import { showPageState } from './page-state';
import { injectCleanup, injectReader } from './toggle-reader';

type Handlers = {
  [T in TabToBackground['type']]: (
    message: Extract<TabToBackground, { type: T }>,
    tabId: number,
  ) => Promise<TabToBackgroundReply[T]>;
};

/** Answers tabs' messages after checking who sent them and what they hold. */
export function registerMessageHandlers({ transcripts }: { transcripts: TranscriptService }): void {
  const handlers: Handlers = {
    'legible/page-state': async (message, tabId) => {
      await Promise.all([showPageState(tabId, message), noteHiddenCount(tabId, message.hiddenCount)]);
    },
    'legible/inject-reader': async (_, tabId) => ({ ok: await injectReader(tabId) }),
    'legible/inject-cleanup': async (_, tabId) => ({ ok: await injectCleanup(tabId) }),
    'legible/get-transcript': (message) => transcripts.getTranscript(message.media),
  };
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const tabId = sender.tab?.id;
    // Only this extension's own content scripts talk to the background.
    if (sender.id !== browser.runtime.id || tabId === undefined || !isTabToBackground(message)) {
      console.warn('Legible: refused a message', { from: sender.url, message });
      return undefined;
    }
    const handle = handlers[message.type] as (m: TabToBackground, tabId: number) => Promise<unknown>;
    return handle(message, tabId).catch((error: unknown) => {
      console.error('Legible: message handler failed', message.type, error);
      return message.type === 'legible/get-transcript' ? { ok: false, reason: 'network', detail: String(error) } : undefined;
    });
  });
}
