import type { Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export type LaunchOptions = {
  /** The built, unpacked extension (absolute path). */
  extensionDir: string;
  /** Page JavaScript on or off, as a reader with NoScript or site settings has it. */
  pageJavaScript: boolean;
  headless: boolean;
  /** Provider hosts (player.vimeo.com…) to send to a local test server instead; tests only. */
  hostMapping?: HostMapping;
  /** Chromium: a profile folder to use and keep after closing, so a test can restart the browser. */
  profileDir?: string;
  /** An X display to show the browser on (not headless), so that real key presses reach it. */
  display?: string;
  /** What a person's system settings ask of pages: forced colours (Windows' contrast themes), reduced motion. */
  systemSettings?: SystemSettings;
  /** The browser's UI language ("de", "pt-BR"), which picks Legible's catalogue; the browser's own where unset. */
  locale?: string;
};

export type SystemSettings = { forcedColors?: boolean; reducedMotion?: boolean };

/**
 * Where a test's stand-in for provider hosts listens. Chromium maps the host names to `port` and
 * trusts the one certificate whose key hashes to `certificateSpki`; Firefox sends HTTPS through
 * the CONNECT proxy at `proxyPort` and accepts the test certificate.
 */
export type HostMapping = { hostPatterns: readonly string[]; port: number; proxyPort: number; certificateSpki: string };

/**
 * One thin adapter per browser, so the same end-to-end suite and `npm start` run unchanged in
 * Chromium and Firefox. Only what differs between browsers lives behind it.
 */
export type LegibleBrowser = {
  name: BrowserName;
  openPage(url: string): Promise<Page>;
  /** Opens one of Legible's own pages ("options.html") in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * Runs a function where the extension API is reachable (Chromium: the background worker;
   * Firefox: Legible's own options page). Arguments and result must be JSON.
   */
  inExtension<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Sends `{type: "legible/toggle-reader"}` to the page's tab from the extension's background. */
  toggleReader(page: Page): Promise<void>;
  /** Sends a message to the page's tab as the background does (the toolbar button's menu items send these). */
  sendToTab(page: Page, message: { type: string }): Promise<void>;
  /** A real click on Legible's toolbar button, where the browser lets automation do that. */
  clickToolbarButton(page: Page): Promise<void>;
  /** Finds what a click on the page's toolbar button needs (Chromium: the tab's target), so a timed click pays for the click alone. */
  prepareToolbarClick(page: Page): Promise<void>;
  /** The extension's commands as `commands.getAll()` reports them. */
  getCommands(): Promise<{ name?: string; shortcut?: string }[]>;
  /** The badge text Legible set on the page's tab. */
  getBadgeText(page: Page): Promise<string>;
  /** The toolbar button's title (tooltip) Legible set on the page's tab. */
  getTitle(page: Page): Promise<string>;
  /** What Legible keeps in sync storage under a key (its settings: "settings"). */
  readSyncStorage(key: string): Promise<unknown>;
  /** Stores items in Legible's sync storage, as an earlier session of the user would have. */
  writeSyncStorage(items: Record<string, unknown>): Promise<void>;
  /** Reloads Legible as an update would (`runtime.reload()`), and waits until it is back. */
  reloadExtension(): Promise<void>;
  /**
   * Presses keys ("alt+shift+l") in the window showing the page, from the X display the browser
   * was launched on; only there do the browser's own shortcuts answer.
   */
  pressKeysOnDisplay(page: Page, keys: string): Promise<void>;
  /** Resolves when the user closes the browser window. */
  waitForClose(): Promise<void>;
  close(): Promise<void>;
};
