import type { Page } from 'puppeteer-core';
import { pollPage, type LegibleBrowser } from '../tools/browser-driver';
import type { OpeningParts } from '../entrypoints/reader.content/reader-session';
import type { ExtractTimings } from '../core/extract/extract-article';
import { describeError, openWatchedPage, settle } from './sentinel';

/**
 * One reader opening: from the toolbar click (Chromium) or the toolbar's message (Firefox, whose
 * toolbar automation cannot click) to the article's text in the reader, and its parts as the page's
 * timeline has them.
 */
export type OpeningSample = {
  totalMs: number;
  /** From the click to the sentinel's answer: the browser, the background, the message (total less the rest). */
  toPageMs: number;
  /** From the sentinel's answer to the reader bundle's first line: the background injecting it, the browser compiling it. */
  injectMs: number;
  /** The bundle's own top-level code, to the reader's start. */
  bundleMs: number;
  extract?: ExtractTimings;
  parts: OpeningParts;
};

export type Openings = { samples: OpeningSample[]; error?: string };

/** Opens and closes the reader `count` times on one page in a fresh tab. */
export async function measureOpenings(legible: LegibleBrowser, url: string, count: number): Promise<Openings> {
  const result: Openings = { samples: [] };
  let page: Page | undefined;
  try {
    page = await openWatchedPage(legible, url);
    // Firefox's adapter reaches the extension from a tab of its own: opened now, not during an opening.
    await legible.getBadgeText(page);
    await page.bringToFront();
    await legible.prepareToolbarClick(page);
    const opened = page;
    for (let i = 0; i < count; i++)
      await openAndClose(legible, opened, async (totalMs) => void result.samples.push({ totalMs, ...(await readParts(opened, totalMs)) }));
  } catch (error) {
    result.error = describeError(error);
  } finally {
    await page?.close().catch(() => undefined);
  }
  return result;
}

/**
 * The floor stand-in's openings (floor-extension.ts) on one page in a fresh tab: what any reader's
 * opening costs here before it does any work of its own.
 */
export async function measureFloorOpenings(standIn: LegibleBrowser, url: string, count: number): Promise<number[]> {
  const samples: number[] = [];
  const page = await openWatchedPage(standIn, url);
  try {
    await standIn.prepareToolbarClick(page);
    for (let i = 0; i < count; i++) samples.push(await openAndClose(standIn, page));
  } finally {
    await page.close().catch(() => undefined);
  }
  return samples;
}

/** One opening, timed from the click (or message) to the reader's text, then the reader closed again. */
async function openAndClose(legible: LegibleBrowser, page: Page, whileOpen?: (totalMs: number) => Promise<void>): Promise<number> {
  const toggle = () =>
    legible.name === 'chromium' ? legible.clickToolbarButton(page) : legible.sendToTab(page, { type: 'legible/toggle-reader' });
  await settle();
  const started = performance.now();
  await toggle();
  await pollPage(page, readerShowsText, { intervalMs: 5, what: 'the reader' });
  const totalMs = performance.now() - started;
  await whileOpen?.(totalMs);
  await toggle();
  await pollPage(page, () => !document.querySelector('legible-reader'), { intervalMs: 5, what: 'the reader to close' });
  return totalMs;
}

function readerShowsText(): boolean {
  return (document.querySelector('legible-reader')?.shadowRoot?.querySelector('article .content')?.textContent?.length ?? 0) > 0;
}

/** The opening's parts, from the marks the sentinel and the reader left on the page's timeline. */
async function readParts(page: Page, totalMs: number): Promise<Omit<OpeningSample, 'totalMs'>> {
  const marks = await pollPage(
    page,
    () => {
      const latest = (name: string) => performance.getEntriesByName(name).at(-1) as PerformanceMeasure | undefined;
      const toggle = latest('legible:toggle');
      const open = latest('legible:open');
      const extract = latest('legible:extract');
      const bundle = latest('legible:reader-bundle');
      if (!toggle || !open) return '';
      return JSON.stringify({
        toggleAt: toggle.startTime,
        openAt: open.startTime,
        // A reader opened again runs no bundle: its mark is from before this opening's message.
        bundleAt: bundle && bundle.startTime > toggle.startTime ? bundle.startTime : open.startTime,
        openMs: open.duration,
        parts: open.detail as unknown,
        extract: extract && extract.startTime === open.startTime ? (extract.detail as unknown) : undefined,
      });
    },
    { what: "the opening's marks" },
  );
  const { toggleAt, bundleAt, openAt, openMs, parts, extract } = JSON.parse(marks) as {
    toggleAt: number;
    bundleAt: number;
    openAt: number;
    openMs: number;
    parts: OpeningParts;
    extract?: ExtractTimings;
  };
  const [injectMs, bundleMs] = [bundleAt - toggleAt, openAt - bundleAt];
  return { toPageMs: totalMs - (openAt - toggleAt) - openMs, injectMs, bundleMs, extract, parts };
}

/**
 * Firefox's own Reader View on the same page: a fresh tab navigated to `about:reader?url=…`, timed
 * from the navigation to the article's text shown; undefined where Reader View shows no article.
 */
export async function measureReaderView(
  firefox: LegibleBrowser,
  url: string,
  count: number,
): Promise<{ samples: number[]; error?: string }> {
  const samples: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      await settle();
      const page = await firefox.openPage('about:blank');
      try {
        const started = performance.now();
        void page.goto(`about:reader?url=${encodeURIComponent(url)}`).catch(() => undefined);
        const state = await pollPage(
          page,
          () => {
            if (!location.href.startsWith('about:reader')) return '';
            if ((document.querySelector('.moz-reader-content')?.textContent?.length ?? 0) > 0) return 'shown';
            // Its error sits in the same box as its "Loading…", shown from the start.
            return document.querySelector('.reader-message[data-l10n-id="about-reader-load-error"]') ? 'failed' : '';
          },
          { intervalMs: 5, what: 'Reader View' },
        );
        if (state === 'failed') return { samples: [], error: 'Reader View found no article' };
        samples.push(performance.now() - started);
      } finally {
        await page.close();
      }
    }
  } catch (error) {
    return { samples, error: describeError(error) };
  }
  return { samples };
}
