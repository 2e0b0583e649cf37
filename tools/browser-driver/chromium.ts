import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type CDPSession, type Page, type WebWorker } from 'puppeteer-core';
import { evaluateIn } from './evaluate';
import { extensionCalls } from './extension-calls';
import { waitUntil } from './poll';
import { pressKeysInWindow } from './x11-keys';
import type { HostMapping, LaunchOptions, LegibleBrowser, SystemSettings } from './types';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that load the unpacked extension and keep Chromium off the (closed) network. */
function chromiumArgs(extensionDir: string, mapping: HostMapping | undefined, settings: SystemSettings = {}, locale?: string): string[] {
  const mapped = mapping?.hostPatterns.map((pattern) => `MAP ${pattern} 127.0.0.1:${mapping.port}, `).join('') ?? '';
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--enable-unsafe-extension-debugging', // lets the bench and tests click the toolbar button
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--window-size=1280,900',
    // Chromium loads its toolbar's own pages (tab search and the like) in the background after a
    // navigation; on two cores that work lands inside the timings the bench takes.
    '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxAimPopup',
    // Only this machine's own servers answer; any other host fails at once instead of waiting.
    `--host-resolver-rules=${mapped}MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost`,
    ...(mapping ? [`--ignore-certificate-errors-spki-list=${mapping.certificateSpki}`] : []),
    ...(settings.forcedColors ? ['--force-high-contrast'] : []),
    ...(settings.reducedMotion ? ['--force-prefers-reduced-motion'] : []),
    ...(locale ? [`--lang=${locale}`] : []),
  ];
}

export async function launchChromium(options: LaunchOptions): Promise<LegibleBrowser> {
  const profile = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'legible-chromium-')));
  const reused = await access(join(profile, 'Default/Preferences')).then(
    () => true,
    () => false,
  );
  if (!options.pageJavaScript && !reused) {
    // Chromium's own "JavaScript blocked" site setting, as a user sets it.
    await mkdir(join(profile, 'Default'), { recursive: true });
    await writeFile(
      join(profile, 'Default/Preferences'),
      JSON.stringify({ profile: { default_content_setting_values: { javascript: 2 } } }),
    );
  }
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: options.display ? false : options.headless,
    ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
    userDataDir: profile,
    pipe: true,
    args: chromiumArgs(options.extensionDir, options.hostMapping, options.systemSettings, options.locale),
    ignoreDefaultArgs: ['--disable-extensions'],
    defaultViewport: options.headless && !options.display ? { width: 1280, height: 900 } : null,
  });
  const workerTarget = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
    timeout: 15_000,
  });
  const extensionId = new URL(workerTarget.url()).host;
  let worker: WebWorker | null = null;
  // The service worker sleeps when idle; each call wakes it and finds it again.
  const background = async (): Promise<WebWorker> => {
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
      { timeout: 15_000 },
    );
    worker = (await target.worker()) ?? worker;
    if (!worker) throw new Error('Legible background worker not found');
    // A worker just woken can be reached before its extension API is bound to it.
    const woken = worker;
    await waitUntil(
      () => evaluateIn(woken, () => Boolean((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id)),
      "the background worker's extension API",
      5_000,
    );
    return worker;
  };
  const inExtension: LegibleBrowser['inExtension'] = (fn, ...args) => background().then((worker) => evaluateIn(worker, fn, ...args));

  const calls = extensionCalls(inExtension);
  // One session for the browser's life, and each tab's target found once: the bench times clicks.
  let browserSession: Promise<CDPSession> | undefined;
  const sendToBrowser = async (method: string, params: object): Promise<unknown> => {
    const session = await (browserSession ??= browser.target().createCDPSession());
    return (session.send.bind(session) as (method: string, params: object) => Promise<unknown>)(method, params);
  };
  const tabTargets = new WeakMap<Page, string>();
  const prepareToolbarClick = async (page: Page): Promise<void> => {
    if (tabTargets.has(page)) return;
    // triggerAction wants the tab's own target, which puppeteer does not expose: find it by URL.
    const { targetInfos } = (await sendToBrowser('Target.getTargets', { filter: [{ type: 'tab' }] })) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const targetId = targetInfos.find((info) => info.type === 'tab' && info.url === page.url())?.targetId;
    if (!targetId) throw new Error(`No tab target shows ${page.url()}`);
    tabTargets.set(page, targetId);
  };
  return {
    name: 'chromium',
    inExtension,
    ...calls,
    async openPage(url) {
      const [first] = await browser.pages();
      const page = first && first.url() === 'about:blank' ? first : await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'load' });
      return page;
    },
    async clickToolbarButton(page) {
      await prepareToolbarClick(page);
      await sendToBrowser('Extensions.triggerAction', { id: extensionId, targetId: tabTargets.get(page) });
    },
    prepareToolbarClick,
    async reloadExtension() {
      await calls.requestReload();
      await waitUntil(calls.reloaded, 'Legible to come back after its reload');
    },
    async pressKeysOnDisplay(page, keys) {
      if (!options.display) throw new Error('This browser was not launched on a display of its own');
      await page.bringToFront();
      pressKeysInWindow(options.display, await page.title(), keys);
    },
    waitForClose: () => new Promise((done) => browser.once('disconnected', () => done())),
    async close() {
      await browser.close().catch(() => undefined);
      if (!options.profileDir) await rm(profile, { recursive: true, force: true });
    },
  };
}
