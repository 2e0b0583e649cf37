/**
 * Pages that fight Legible or that no reader expects, with page JavaScript on, in both browsers:
 * a strict `default-src 'none'` policy, page scripts that replace the DOM's and JavaScript's own
 * functions, 100,000 elements, 5,000-deep nesting, a frameset, XML, SVG and plain-text documents,
 * a page that removes the reader or its styles, and a page that floods postMessage with Legible's
 * own message shapes. Legible keeps working or says plainly why not, and the page keeps working.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIn, pollPage } from '../../tools/browser-driver';
import { BROWSERS, isReaderOpen, openHarness, waitForReader, type Harness } from '../e2e/support/harness';
import { body, startCaptionServer, type CaptionServer } from '../support/caption-server';

const STORY = [
  'The ice came to the inner harbour in the first week of December, earlier than anyone on the quay could remember, and by the middle of the month the ferry needed the icebreaker every morning.',
  'Ingrid Lund, who has kept the harbour log for nineteen years, says the channel froze again within an hour of being opened, and that the crews began to work in two shifts to keep it clear.',
  'The fishermen moved their boats to the outer quay, where the current keeps the water open, and the market moved with them, so that the square by the old customs house stood empty until spring.',
]
  .map((text) => `<p>${text}</p>`)
  .join('');

/** A page's own heartbeat: if the page stops working, it stops counting. */
const HEARTBEAT = '<script>window.beats = 0; setInterval(() => window.beats++, 20);</script>';

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ice in the harbour</title>${head}</head><body>${body}</body></html>`;
const article = (before = '', after = '') => `${before}<article><h1>Ice in the harbour</h1>${STORY}</article>${after}`;

const PAGES: Record<string, { body: string; type: string; headers?: Record<string, string> }> = {
  '/csp-none.html': { body: page('', article()), type: 'text/html', headers: { 'content-security-policy': "default-src 'none'" } },
  '/redefined.html': {
    body: page(
      `${HEARTBEAT}<script>
        const fail = () => { throw new Error('the page took this over'); };
        Element.prototype.querySelectorAll = fail; Document.prototype.querySelectorAll = fail; Element.prototype.querySelector = fail;
        JSON.parse = fail; JSON.stringify = fail; Array.prototype.map = fail; Array.prototype.filter = fail;
        window.requestIdleCallback = () => 0; window.MutationObserver = function () { fail(); }; window.fetch = fail;
      </script>`,
      article(),
    ),
    type: 'text/html',
  },
  '/huge.html': {
    body: page(HEARTBEAT, article(`<div>${'<p><span>a</span><span>b</span><span>c</span><span>d</span></p>'.repeat(20_000)}</div>`)),
    type: 'text/html',
  },
  '/deep.html': { body: page(HEARTBEAT, `${'<div>'.repeat(5_000)}${article()}${'</div>'.repeat(5_000)}`), type: 'text/html' },
  '/frameset.html': {
    body: '<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="/csp-none.html"><frame src="/deep.html"></frameset></html>',
    type: 'text/html',
  },
  '/feed.xml': {
    body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title><item><title>Ice</title></item></channel></rss>',
    type: 'application/xml',
  },
  '/drawing.svg': {
    body: '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><text y="50">Ice in the harbour</text></svg>',
    type: 'image/svg+xml',
  },
  '/notes.txt': { body: `Ice in the harbour\n\n${STORY.replace(/<\/?p>/g, '\n')}`, type: 'text/plain' },
  '/removes-reader.html': {
    body: page(
      `${HEARTBEAT}<script>window.removed = 0; new MutationObserver(() => { const reader = document.querySelector('legible-reader'); if (reader && window.fighting !== false) { reader.remove(); window.removed++; } }).observe(document.documentElement, { childList: true });</script>`,
      article(),
    ),
    type: 'text/html',
  },
  '/removes-styles.html': {
    body: page(
      `${HEARTBEAT}<script>setInterval(() => { const root = document.querySelector('legible-reader')?.shadowRoot; root?.querySelectorAll('style').forEach((style) => style.remove()); }, 200);</script>`,
      article(),
    ),
    type: 'text/html',
  },
  '/floods.html': {
    body: page(
      `${HEARTBEAT}<script>
        const shapes = [{ type: 'legible/toggle-reader' }, { type: 'legible/show-hidden' }, { type: 'legible/inject-reader' }, { type: 'legible/get-transcript', media: { id: 'x', source: 'html5', mediaType: 'video', pageUrl: 'http://127.0.0.1/', tracks: [{ url: 'http://localhost/secret', kind: 'captions', isDefault: true }] } }];
        window.sent = 0;
        for (let i = 0; i < 10000; i++) { window.postMessage(shapes[i % shapes.length], '*'); window.sent++; }
        try { (window.chrome || window.browser)?.runtime?.sendMessage?.({ type: 'legible/inject-reader' }); } catch {}
      </script>`,
      article(),
    ),
    type: 'text/html',
  },
};

describe.each(BROWSERS)('pages that fight Legible, or that no reader expects, in %s', (browserName) => {
  let harness: Harness;
  let server: CaptionServer;

  beforeAll(async () => {
    harness = await openHarness(browserName, { pageJavaScript: true });
    server = await startCaptionServer(
      Object.fromEntries(
        Object.entries(PAGES).map(([path, { body: text, type, headers }]) => [
          path,
          body(text, `${type}; charset=utf-8`, headers ? { headers } : {}),
        ]),
      ),
    );
  });
  afterAll(async () => {
    await harness?.close();
    await server?.close();
  });

  async function withPage<T>(path: string, run: (tab: Page) => Promise<T>): Promise<T> {
    const tab = await harness.browser.openPage(server.url(path));
    try {
      return await run(tab);
    } finally {
      await tab.close();
    }
  }

  /** The reader's words: its article's heading and paragraphs, or its notice. */
  const readerWords = (tab: Page) =>
    pollPage(tab, () => document.querySelector('legible-reader')?.shadowRoot?.querySelector('article h1, .notice')?.textContent?.trim(), {
      what: 'the reader or its notice',
    });

  /** That the page still runs its own scripts: its heartbeat moves on. */
  async function pageStillBeats(tab: Page): Promise<void> {
    const before = await evaluateIn(tab, () => (window as { beats?: number }).beats ?? 0);
    await pollPage(tab, (start: number) => ((window as { beats?: number }).beats ?? 0) > start, { what: "the page's heartbeat" }, before);
  }

  it.each(['/csp-none.html', '/redefined.html', '/huge.html', '/deep.html'])(
    'opens the reader on %s, and the page keeps working',
    async (path) => {
      await withPage(path, async (tab) => {
        await harness.browser.toggleReader(tab);
        expect(await readerWords(tab)).toBe('Ice in the harbour');
        const paragraphs = await evaluateIn(
          tab,
          () => document.querySelector('legible-reader')!.shadowRoot!.querySelectorAll('.content p').length,
        );
        expect(paragraphs).toBeGreaterThanOrEqual(3);
        if (path !== '/csp-none.html') await pageStillBeats(tab);
      });
    },
  );

  it("keeps its styles under default-src 'none'", async () => {
    await withPage('/csp-none.html', async (tab) => {
      await harness.browser.toggleReader(tab);
      await waitForReader(tab);
      const style = await evaluateIn(
        tab,
        () => getComputedStyle(document.querySelector('legible-reader')!.shadowRoot!.querySelector('.reader')!).backgroundColor,
      );
      expect(style).toBe('rgb(253, 252, 248)');
    });
  });

  it('says plainly that a frameset holds no article', async () => {
    await withPage('/frameset.html', async (tab) => {
      await harness.browser.toggleReader(tab);
      expect(await readerWords(tab)).toBe('Legible could not find an article on this page.');
    });
  });

  it('reads a plain-text document as its text', async () => {
    await withPage('/notes.txt', async (tab) => {
      await harness.browser.toggleReader(tab);
      await readerWords(tab);
      expect(
        await evaluateIn(tab, () => document.querySelector('legible-reader')!.shadowRoot!.querySelector('.content')?.textContent),
      ).toContain('Ingrid Lund, who has kept the harbour log');
    });
  });

  it.each(['/feed.xml', '/drawing.svg'])('leaves %s as it is, and keeps working on the next page', async (path) => {
    await withPage(path, async (tab) => {
      // The browser's own view of the file (Chromium shows XML as a tree) is what the page is.
      const shown = () => evaluateIn(tab, () => `${document.documentElement.localName}:${document.documentElement.textContent?.length}`);
      const before = await shown();
      await harness.browser.toggleReader(tab).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await shown()).toBe(before);
    });
    await withPage('/csp-none.html', async (tab) => {
      await harness.browser.toggleReader(tab);
      expect(await readerWords(tab)).toBe('Ice in the harbour');
    });
  });

  it('closes, and gives the page back its scrolling, when the page removes the reader; the next toggle opens it again', async () => {
    await withPage('/removes-reader.html', async (tab) => {
      await harness.browser.toggleReader(tab);
      // The reader must have come and gone, not merely not yet come: a second toggle too soon would close it.
      await pollPage(tab, () => ((window as { removed?: number }).removed ?? 0) > 0, { what: 'the page removing the reader' });
      await pollPage(
        tab,
        () => getComputedStyle(document.documentElement).overflow !== 'hidden' && !document.querySelector('legible-reader'),
        { what: 'the page given back' },
      );
      await pageStillBeats(tab);
      // The page stops fighting; the reader opens on the next toggle.
      await evaluateIn(tab, () => ((window as { fighting?: boolean }).fighting = false));
      await harness.browser.toggleReader(tab);
      expect(await readerWords(tab)).toBe('Ice in the harbour');
    });
  });

  it('puts its styles back when the page takes them out', async () => {
    await withPage('/removes-styles.html', async (tab) => {
      await harness.browser.toggleReader(tab);
      await waitForReader(tab);
      await new Promise((resolve) => setTimeout(resolve, 700));
      const look = await evaluateIn(tab, () => {
        const root = document.querySelector('legible-reader')!.shadowRoot!;
        return {
          styles: root.querySelectorAll('style').length,
          background: getComputedStyle(root.querySelector('.reader')!).backgroundColor,
        };
      });
      expect(look.styles).toBeGreaterThan(0);
      expect(look.background).toBe('rgb(253, 252, 248)');
    });
  });

  it('opens only on its own toggle, whatever the page posts, and the page keeps working', async () => {
    await withPage('/floods.html', async (tab) => {
      expect(await evaluateIn(tab, () => (window as { sent?: number }).sent)).toBe(10_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await isReaderOpen(tab)).toBe(false);
      await pageStillBeats(tab);
      await harness.browser.toggleReader(tab);
      expect(await readerWords(tab)).toBe('Ice in the harbour');
    });
  });
});
