import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';
import { evaluateIn } from './evaluate';
import { extensionCalls } from './extension-calls';
import { waitUntil } from './poll';
import { pressKeysInWindow } from './x11-keys';
import type { LaunchOptions, LegibleBrowser } from './types';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The extension API inside Legible's own extension page, where the functions passed to evaluate run. */
declare const browser: import('webextension-polyfill').Browser;

/**
 * Firefox through WebDriver BiDi. Automation cannot reach the background page, so the adapter
 * opens one of Legible's own pages (options) in a spare tab and speaks to the extension API from
 * there. A fixed internal UUID (a pref) gives that page a known address.
 */
export async function launchFirefox(options: LaunchOptions): Promise<LegibleBrowser> {
  const uuid = randomUUID();
  const firefox: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.display ? false : options.headless,
    ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'javascript.enabled': options.pageJavaScript,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Temporary add-ons get their host permissions without a prompt.
      'extensions.originControls.grantByDefault': true,
      ...(options.hostMapping
        ? { 'network.proxy.type': 1, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': options.hostMapping.proxyPort }
        : {}),
      // Firefox's "override the colours of pages: always", and its reduced-motion setting.
      ...(options.systemSettings?.forcedColors ? { 'browser.display.document_color_use': 2 } : {}),
      ...(options.systemSettings?.reducedMotion ? { 'ui.prefersReducedMotion': 1 } : {}),
      // Another UI language needs its language pack (Debian's firefox-esr-l10n-*), which sits in
      // the application's folder: add-ons from there are turned off in a new profile unless allowed.
      ...(options.locale ? { 'intl.locale.requested': options.locale, 'extensions.autoDisableScopes': 0 } : {}),
    },
  });
  await firefox.installExtension(resolve(options.extensionDir));
  const extensionOrigin = `moz-extension://${uuid}`;
  let control: Page | undefined;

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await firefox.newPage();
    // goto never settles on moz-extension:// pages under automation; poll instead.
    void page.goto(`${extensionOrigin}/${path}`).catch(() => undefined);
    const deadline = Date.now() + 15_000;
    for (;;) {
      const ready = await evaluateIn(
        page,
        () =>
          location.protocol === 'moz-extension:' &&
          document.readyState === 'complete' &&
          typeof browser !== 'undefined' &&
          Boolean(browser.tabs),
      ).catch(() => false);
      if (ready) return page;
      if (Date.now() > deadline) throw new Error(`Legible’s ${path} did not open in Firefox`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  // Legible's options page, kept open in its own tab, as a place to call the extension API from.
  const extensionPage = async (): Promise<Page> => {
    if (!control || control.isClosed()) control = await openExtensionPage('options.html');
    return control;
  };
  const inExtension: LegibleBrowser['inExtension'] = (fn, ...args) => extensionPage().then((page) => evaluateIn(page, fn, ...args));
  const calls = extensionCalls(inExtension);

  return {
    name: 'firefox',
    inExtension,
    ...calls,
    async openExtensionPage(path) {
      const page = await openExtensionPage(path);
      await page.bringToFront();
      return page;
    },
    async openPage(url) {
      const page = await firefox.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
      return page;
    },
    async toggleReader(page) {
      await calls.toggleReader(page);
      await page.bringToFront(); // The spare extension tab took the front; the reader's tab comes back.
    },
    async reloadExtension() {
      await calls.requestReload();
      await new Promise((reloading) => setTimeout(reloading, 300));
      // The reload leaves Legible's page behind dead; the next call opens a fresh one.
      await control?.close().catch(() => undefined);
      control = undefined;
      await waitUntil(calls.reloaded, 'Legible to come back after its reload');
    },
    async clickToolbarButton() {
      throw new Error('Firefox gives automation no way to click a toolbar button; use toggleReader.');
    },
    async prepareToolbarClick() {},
    async pressKeysOnDisplay(page, keys) {
      if (!options.display) throw new Error('This browser was not launched on a display of its own');
      await page.bringToFront();
      pressKeysInWindow(options.display, await page.title(), keys);
    },
    waitForClose: () => new Promise((done) => firefox.once('disconnected', () => done())),
    async close() {
      await firefox.close().catch(() => undefined);
    },
  };
}
