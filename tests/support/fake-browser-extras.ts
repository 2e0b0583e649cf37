import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lookUpMessage } from './translate';

/**
 * Working stand-ins for the APIs WXT's fake browser leaves "not mocked" and the background uses:
 * contextMenus, commands, scripting, tabs.sendMessage, runtime.openOptionsPage and i18n.getMessage.
 * Call `installBrowserExtras()` after `fakeBrowser.reset()` in each test's setup; it returns what
 * the stand-ins recorded, and switches to make them fail.
 */

/** An event like the fake browser's own: listeners, plus `trigger` to fire them from a test. */
export type FakeEvent<Args extends unknown[], Result = unknown> = {
  addListener(listener: (...args: Args) => Result): void;
  removeListener(listener: (...args: Args) => Result): void;
  hasListener(listener: (...args: Args) => Result): boolean;
  hasListeners(): boolean;
  removeAllListeners(): void;
  /** Calls every listener with `args` and resolves with what each returned. */
  trigger(...args: Args): Promise<Awaited<Result>[]>;
};

export function defineFakeEvent<Args extends unknown[], Result = unknown>(): FakeEvent<Args, Result> {
  const listeners: ((...args: Args) => Result)[] = [];
  return {
    addListener: (listener) => void listeners.push(listener),
    removeListener(listener) {
      const index = listeners.indexOf(listener);
      if (index >= 0) listeners.splice(index, 1);
    },
    hasListener: (listener) => listeners.includes(listener),
    hasListeners: () => listeners.length > 0,
    removeAllListeners: () => void (listeners.length = 0),
    trigger: (...args) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}

/** The parts of a context menu item the tests look at. */
export type MenuItem = {
  id?: string;
  title?: string;
  contexts?: string[];
  documentUrlPatterns?: string[];
  [key: string]: unknown;
};
export type MenuClickInfo = { menuItemId: string | number; pageUrl?: string };
type Tab = { id?: number; url?: string };

export type SentTabMessage = { tabId: number; message: unknown; options?: { frameId?: number } };
export type ScriptInjection = { target: { tabId: number; frameIds?: number[]; allFrames?: boolean }; files?: string[] };
export type Command = { name?: string; description?: string; shortcut?: string };

/** What the sentinel-less tab answers in Chromium when nothing listens there. */
export const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';

export type BrowserExtras = {
  contextMenus: {
    /** Items as created, by id, in creation order. */
    items: Map<string, MenuItem>;
    onClicked: FakeEvent<[info: MenuClickInfo, tab?: Tab]>;
  };
  commands: {
    onCommand: FakeEvent<[command: string, tab?: Tab]>;
    /** What `commands.getAll()` answers. */
    all: Command[];
  };
  scripting: {
    injections: ScriptInjection[];
    /** Makes every later `executeScript` reject with this error (undefined: succeed again). */
    failWith(error: Error | undefined): void;
  };
  tabs: {
    sent: SentTabMessage[];
    /** Later `tabs.sendMessage` calls resolve with `reply`: a content script is listening. */
    answer(reply?: unknown): void;
    /** Later `tabs.sendMessage` calls reject, as when no content script listens in the tab. */
    fail(error?: Error): void;
  };
  runtime: { optionsPageOpened: number };
};

/** Puts working contextMenus, commands, scripting and friends onto WXT's fake browser. */
export function installBrowserExtras(): BrowserExtras {
  const items = new Map<string, MenuItem>();
  const injections: ScriptInjection[] = [];
  const sent: SentTabMessage[] = [];
  let scriptError: Error | undefined;
  let sendOutcome: { ok: true; reply: unknown } | { ok: false; error: Error } = { ok: true, reply: undefined };

  const extras: BrowserExtras = {
    contextMenus: { items, onClicked: defineFakeEvent() },
    commands: { onCommand: defineFakeEvent(), all: [] },
    scripting: { injections, failWith: (error) => void (scriptError = error) },
    tabs: {
      sent,
      answer: (reply) => void (sendOutcome = { ok: true, reply }),
      fail: (error = new Error(NO_RECEIVER)) => void (sendOutcome = { ok: false, error }),
    },
    runtime: { optionsPageOpened: 0 },
  };

  const contextMenus = {
    create(item: MenuItem): string {
      const id = item.id ?? `menu-${items.size + 1}`;
      // Chromium refuses a second item with the same id, which is why menus are made after removeAll.
      if (items.has(id)) throw new Error(`Cannot create item with duplicate id ${id}`);
      items.set(id, { ...item, id });
      return id;
    },
    async removeAll(): Promise<void> {
      items.clear();
    },
    async remove(id: string): Promise<void> {
      items.delete(id);
    },
    async update(id: string, changes: Partial<MenuItem>): Promise<void> {
      const item = items.get(id);
      if (!item) throw new Error(`Cannot find menu item with id ${id}`);
      items.set(id, { ...item, ...changes });
    },
    onClicked: extras.contextMenus.onClicked,
  };
  const commands = {
    getAll: async (): Promise<Command[]> => structuredClone(extras.commands.all),
    onCommand: extras.commands.onCommand,
  };
  const scripting = {
    async executeScript(injection: ScriptInjection): Promise<{ frameId: number; result?: unknown }[]> {
      injections.push(structuredClone(injection));
      if (scriptError) throw scriptError;
      return (injection.target.frameIds ?? [0]).map((frameId) => ({ frameId }));
    },
  };
  const i18n = {
    getMessage: (key: string, substitutions?: string | string[]) =>
      lookUpMessage(key, substitutions === undefined ? [] : ([] as string[]).concat(substitutions)) ?? '',
    getUILanguage: () => 'en',
  };

  const target = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  target.contextMenus = contextMenus;
  target.commands = commands;
  target.scripting = scripting;
  target.i18n = i18n;
  target.tabs!.sendMessage = async (tabId: number, message: unknown, options?: { frameId?: number }) => {
    sent.push({ tabId, message: structuredClone(message), ...(options ? { options } : {}) });
    if (!sendOutcome.ok) throw sendOutcome.error;
    return sendOutcome.reply;
  };
  target.runtime!.openOptionsPage = async () => {
    extras.runtime.optionsPageOpened += 1;
  };
  return extras;
}

/** Waits until every promise the listeners started without awaiting has settled. */
export function settleListeners(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
