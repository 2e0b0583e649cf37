import type { Runtime } from 'webextension-polyfill';
import { judgeNoticeLines } from '../../core/cleanup/notice-judge';
import { isTabToBackground, type TabToBackground, type TabToBackgroundReply } from '../../core/messages';
import type { TranscriptService } from '../../core/transcripts/service';
import { browser } from '../../utils/browser';
import { noteHiddenCount } from './cleanup-menu';
import { autoOpenReader } from './auto-open';
import { showPageState } from './page-state';
import { pageSettings } from './page-settings';
import { injectReader } from './toggle-reader';

/** The tab a message came from, and the address of the frame that sent it. */
type Sender = { tabId: number; url: string | undefined };

type Handlers = {
  [T in TabToBackground['type']]: (message: Extract<TabToBackground, { type: T }>, sender: Sender) => Promise<TabToBackgroundReply[T]>;
};

/** Answers tabs' messages after checking who sent them and what they hold. */
export function registerMessageHandlers({ transcripts }: { transcripts: TranscriptService }): void {
  const handlers: Handlers = {
    'legible/page-state': async (message, { tabId, url }) => {
      await Promise.all([
        showPageState(tabId, message),
        noteHiddenCount(tabId, message.hiddenCount),
        autoOpenReader(tabId, url, message.isArticle),
      ]);
    },
    'legible/inject-reader': async (message, { tabId }) => ({
      ok: await injectReader(tabId, { fromKeyboard: message.fromKeyboard === true }),
    }),
    'legible/page-settings': async (_, { url }) => pageSettings(url),
    'legible/judge-notices': async (message) => ({ noticeLayers: judgeNoticeLines(message.lines, message.pageLang) }),
    'legible/get-transcript': (message) => transcripts.getTranscript(message.media),
  };
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const tabId = sender.tab?.id;
    // Only this extension's own content scripts talk to the background.
    if (sender.id !== browser.runtime.id || tabId === undefined || !isTabToBackground(message)) {
      console.warn('Legible: refused a message', { from: sender.url, message });
      return undefined;
    }
    const handle = handlers[message.type] as (m: TabToBackground, sender: Sender) => Promise<unknown>;
    return handle(message, { tabId, url: sender.url }).catch((error: unknown) => {
      console.error('Legible: message handler failed', message.type, error);
      return message.type === 'legible/get-transcript' ? { ok: false, reason: 'network', detail: String(error) } : undefined;
    });
  });
}
