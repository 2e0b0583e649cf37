import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import {
  evaluateIn,
  extensionDirFor,
  launchBrowser,
  pollPage,
  type BrowserName,
  type LegibleBrowser,
  type SystemSettings,
} from '../../../tools/browser-driver';
import { startDemoSite, type DemoSite } from '../../../tools/demo-site';
import { requestedBrowsers } from '../../../tools/ensure-browsers';
import { startVirtualDisplay } from '../../../tools/virtual-display';
import type { CaptionServer, Route } from '../../support/caption-server';
import { browserHostMapping, startProviderHosts } from '../../support/provider-hosts';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The browsers this run tests (LEGIBLE_BROWSERS); each suite runs once per browser. */
export const BROWSERS: BrowserName[] = requestedBrowsers();

export type Harness = { browser: LegibleBrowser; site: DemoSite; providerHosts?: CaptionServer; close(): Promise<void> };

export type HarnessOptions = {
  pageJavaScript: boolean;
  /** Routes for provider hosts ("player.vimeo.com/video/1"), which the browser then reaches on loopback. */
  providerRoutes?: Record<string, Route>;
  /** Chromium: a profile to keep, to restart the browser on it. */
  profileDir?: string;
  /** Show the browser on an X display of its own, so that real key presses reach it. */
  onDisplay?: boolean;
  systemSettings?: SystemSettings;
  /** The browser's UI language ("de"); Firefox needs its language pack (ensure-browsers installs those tests use). */
  locale?: string;
  /** Another build of the extension than the project's own (a copy with a test catalogue). */
  extensionDir?: string;
};

/** The demo site plus the test pages, and a browser with the built extension loaded. */
export async function openHarness(
  name: BrowserName,
  { pageJavaScript, providerRoutes, profileDir, onDisplay, systemSettings, locale, extensionDir }: HarnessOptions,
): Promise<Harness> {
  const site = await startDemoSite({ pageRoots: [resolve(ROOT, 'tests/fixtures/site')] });
  const providerHosts = providerRoutes ? await startProviderHosts(providerRoutes) : undefined;
  const mapped = providerHosts ? await browserHostMapping(providerHosts) : undefined;
  const display = onDisplay ? await startVirtualDisplay() : undefined;
  const browser = await launchBrowser(name, {
    extensionDir: extensionDir ?? extensionDirFor(name, ROOT),
    pageJavaScript,
    headless: true,
    hostMapping: mapped?.mapping,
    profileDir,
    display: display?.display,
    systemSettings,
    locale,
  });
  return {
    browser,
    site,
    providerHosts,
    close: async () => {
      await browser.close();
      await Promise.all([site.close(), mapped?.close(), providerHosts?.close()]);
      await display?.close();
    },
  };
}

/** Waits until the sentinel has judged an article page (it marks the toolbar button). */
export async function waitForSentinel(browser: LegibleBrowser, page: Page): Promise<void> {
  const deadline = Date.now() + 5_000;
  while ((await browser.getBadgeText(page)) === '') {
    if (Date.now() > deadline) throw new Error('The sentinel did not report this page as an article');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits for the sentinel's clean-up to finish, notices included where the background had some to judge. */
export function waitForCleanup(page: Page): Promise<unknown> {
  return pollPage(
    page,
    () => {
      const first = performance.getEntriesByName('legible:sentinel')[0] as PerformanceMeasure | undefined;
      const judging = (first?.detail as { judging?: boolean } | undefined)?.judging;
      return first && (!judging || performance.getEntriesByName('legible:sentinel-notices').length > 0);
    },
    { what: 'the clean-up' },
  );
}

export function waitForReader(page: Page): Promise<unknown> {
  return pollPage(page, () => document.querySelector('legible-reader')?.shadowRoot?.querySelector('article h1')?.textContent, {
    what: 'the reader',
  });
}

export function waitForTranscripts(page: Page): Promise<unknown> {
  return pollPage(
    page,
    () => {
      const root = document.querySelector('legible-reader')?.shadowRoot;
      return root && root.querySelectorAll('.transcript-panel .transcript-status[aria-busy="true"]').length === 0;
    },
    { what: 'transcripts' },
  );
}

/** Whether the reader's title has focus, and the outline style it shows there. */
export function titleFocusRing(page: Page): Promise<{ focused: boolean; outline: string }> {
  return evaluateIn(page, () => {
    const root = document.querySelector('legible-reader')!.shadowRoot!;
    const title = root.querySelector('h1')!;
    return { focused: root.activeElement === title, outline: getComputedStyle(title).outlineStyle };
  });
}

export function isReaderOpen(page: Page): Promise<boolean> {
  return evaluateIn(page, () => Boolean(document.querySelector('legible-reader')));
}

/** Text a person sees on the live page (hidden elements excluded), whitespace folded. */
export function visibleText(page: Page): Promise<string> {
  return evaluateIn(page, () => document.body.innerText.replace(/\s+/g, ' '));
}
