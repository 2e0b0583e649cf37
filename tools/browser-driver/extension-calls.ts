import type { Page } from 'puppeteer-core';
import type { LegibleBrowser } from './types';

type ExtensionApi = import('webextension-polyfill').Browser;

/** The extension API where the passed functions run: `browser` in Firefox, `chrome` in Chromium. */
declare const globalThis: { browser?: ExtensionApi; chrome: ExtensionApi };

type Calls = Pick<
  LegibleBrowser,
  'toggleReader' | 'sendToTab' | 'getCommands' | 'getBadgeText' | 'getTitle' | 'readSyncStorage' | 'writeSyncStorage'
> & {
  /** Asks Legible to reload itself; the caller waits for it to come back. */
  requestReload(): Promise<void>;
  /** Whether Legible has come back from the reload requestReload asked for. */
  reloaded(): Promise<boolean>;
};

/** Kept in session storage, which a reload empties: its absence shows that the reload took place. */
const RELOAD_MARKER = 'legible-test-before-reload';

/** What both adapters do the same way once they can run code inside the extension. */
export function extensionCalls(inExtension: LegibleBrowser['inExtension']): Calls {
  // A tab keeps its id for its life: found once, each later call spares the browser a query.
  const tabIds = new WeakMap<Page, number>();
  const tabIdOf = async (page: Page): Promise<number> => {
    const known = tabIds.get(page);
    if (known !== undefined) return known;
    const id = await inExtension(async (pageUrl: string) => {
      const api = globalThis.browser ?? globalThis.chrome;
      return (await api.tabs.query({})).find((tab) => tab.url === pageUrl)?.id ?? -1;
    }, page.url());
    if (id < 0) throw new Error(`No tab shows ${page.url()}`);
    tabIds.set(page, id);
    return id;
  };
  const sendToTab: Calls['sendToTab'] = async (page, message) => {
    const tabId = await tabIdOf(page);
    // The sentinel listens from document_idle on; until then the tab has no receiver.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const error = await inExtension(
        async (id: number, sent: { type: string }) => {
          const api = globalThis.browser ?? globalThis.chrome;
          return api.tabs.sendMessage(id, sent).then(
            () => '',
            (e: unknown) => String(e),
          );
        },
        tabId,
        message,
      );
      if (!error) return;
      if (!/receiving end does not exist/i.test(error) || Date.now() > deadline) throw new Error(`${message.type}: ${error}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return {
    requestReload: async () => {
      await inExtension(
        (marker: string) => (globalThis.browser ?? globalThis.chrome).storage.session.set({ [marker]: true }),
        RELOAD_MARKER,
      );
      // The reload ends the context the call runs in, and may take its answer with it.
      await inExtension(() => (globalThis.browser ?? globalThis.chrome).runtime.reload()).catch(() => undefined);
    },
    reloaded: () =>
      inExtension(
        async (marker: string) => !(marker in (await (globalThis.browser ?? globalThis.chrome).storage.session.get(marker))),
        RELOAD_MARKER,
      ).catch(() => false),
    toggleReader: (page) => sendToTab(page, { type: 'legible/toggle-reader' }),
    sendToTab,
    readSyncStorage: (key) =>
      inExtension(async (name: string) => (await (globalThis.browser ?? globalThis.chrome).storage.sync.get(name))[name] ?? null, key),
    writeSyncStorage: (items) =>
      inExtension((values: Record<string, unknown>) => (globalThis.browser ?? globalThis.chrome).storage.sync.set(values), items),
    getCommands: () => inExtension(() => (globalThis.browser ?? globalThis.chrome).commands.getAll()),
    async getBadgeText(page) {
      const tabId = await tabIdOf(page);
      return inExtension((id: number) => (globalThis.browser ?? globalThis.chrome).action.getBadgeText({ tabId: id }), tabId);
    },
    async getTitle(page) {
      const tabId = await tabIdOf(page);
      return inExtension((id: number) => (globalThis.browser ?? globalThis.chrome).action.getTitle({ tabId: id }), tabId);
    },
  };
}
