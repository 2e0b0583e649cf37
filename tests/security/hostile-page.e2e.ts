/**
 * A hostile article page in real browsers with page JavaScript on, so that anything Legible let
 * through would run: every payload in the body (where the page's own copy may run it, so those
 * payloads count only when they run inside the reader), and in what the page never runs itself
 * (title, byline, site name, og: tags, JSON-LD, a <noscript>, a clip's title and poster, and its
 * captions' lines and speakers). Nothing runs, and the reader holds nothing that could.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIn } from '../../tools/browser-driver';
import { readReader } from '../../tools/reader-probe';
import { BROWSERS, openHarness, waitForReader, waitForTranscripts, type Harness } from '../e2e/support/harness';
import { body, startCaptionServer, vtt, type CaptionServer } from '../support/caption-server';
import { findUnsafeMarkup } from './find-unsafe-markup';
import { escapeAttribute, escapeText, jsonInScript, vectors } from './hostile-markup';

/** Records a run, and which payload ran: for payloads in what the page itself never runs. */
const ANYWHERE = (name: string) => `(window.__legiblePwned=window.__legiblePwned||[]).push('${name.replace(/\W/g, '_')}')`;
/** Records a run only outside the page’s own document (in the reader, or a copy Legible made): the page may run its own. */
const OUTSIDE_PAGE = (name: string) =>
  `(this&&this.getRootNode&&this.getRootNode()!==document)&&${ANYWHERE(`outside the page’s own document: ${name}`)}`;

const inert = vectors(ANYWHERE);
const inBody = vectors(OUTSIDE_PAGE);
const everyInert = inert.map((vector) => vector.html).join(' ');
/** For a <noscript>, which a payload can close, so the rest may run in the page's own document. */
const everyInNoscript = vectors(OUTSIDE_PAGE)
  .map((vector) => vector.html)
  .join(' ');

const CAPTIONS = `WEBVTT\n\n${inert
  .map(
    (vector, i) =>
      `${i + 1}\n00:${String(i).padStart(2, '0')}.000 --> 00:${String(i).padStart(2, '0')}.900\n<v ${escapeText(vector.html)}>${escapeText(vector.html)} ${vector.html}\n`,
  )
  .join('\n')}`;

function hostilePage(captionsUrl: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeText(everyInert)}</title>
<meta property="og:type" content="article"><meta name="author" content="${escapeAttribute(everyInert)}">
<meta property="og:site_name" content="${escapeAttribute(everyInert)}"><meta property="og:title" content="${escapeAttribute(everyInert)}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${jsonInScript(everyInert)},"author":{"@type":"Person","name":${jsonInScript(everyInert)}}}</script>
</head><body><article><h1>Ice in the harbour</h1>
<p>The ice came to the inner harbour in the first week of December, earlier than anyone on the quay could remember, and by the middle of the month the ferry needed the icebreaker every morning.</p>
${inBody.map((vector) => `<p>In the log that night: ${vector.html} and nothing more.</p>`).join('\n')}
<noscript><p>Shown only without scripts: ${everyInNoscript}</p></noscript>
<figure><img src="/missing.jpg" alt="${escapeAttribute(everyInert)}"><figcaption>The quay in January.</figcaption></figure>
<video controls title="${escapeAttribute(everyInert)}" poster="javascript:${ANYWHERE('poster')}"><track kind="captions" srclang="en" src="${captionsUrl}"></video>
<p>Ingrid Lund, who has kept the harbour log for nineteen years, says the channel froze again within an hour of being opened, and that the crews began to work in two shifts to keep it clear.</p>
<p>The fishermen moved their boats to the outer quay, where the current keeps the water open, and the market moved with them, so that the square by the old customs house stood empty until spring.</p>
</article></body></html>`;
}

describe.each(BROWSERS)('a hostile page with page JavaScript on, in %s', (browserName) => {
  let harness: Harness;
  let server: CaptionServer;
  let page: Page;
  let pageUrl: string;

  beforeAll(async () => {
    harness = await openHarness(browserName, { pageJavaScript: true });
    server = await startCaptionServer({ '/captions.vtt': vtt(CAPTIONS) });
    server.setRoute('/hostile.html', body(hostilePage(server.url('/captions.vtt')), 'text/html; charset=utf-8'));
    pageUrl = server.url('/hostile.html');
    page = await harness.browser.openPage(pageUrl);
    await harness.browser.toggleReader(page);
    await waitForReader(page);
    await waitForTranscripts(page);
    // Let images fail, frames load and focus move, as they would for a reader.
    await new Promise((resolve) => setTimeout(resolve, 1000));
  });

  afterAll(async () => {
    await harness?.close();
    await server?.close();
  });

  it('opens the reader on the article, with the clip’s lines', async () => {
    const reader = await readReader(page);
    // The body's own <video> and <audio> payloads stand as clips too, with no captions.
    expect(reader.cards.map((card) => card.lines)).toContain(inert.length);
    expect(await evaluateIn(page, () => document.querySelector('legible-reader')!.shadowRoot!.textContent)).toContain(
      'The fishermen moved their boats',
    );
  });

  it(`runs none of the ${inert.length * 9 + inBody.length} payloads`, async () => {
    expect(await evaluateIn(page, () => (window as { __legiblePwned?: string[] }).__legiblePwned ?? [])).toEqual([]);
  });

  it('holds nothing in the reader that could run or lead off the web', async () => {
    expect(await evaluateIn(page, findUnsafeMarkup, pageUrl)).toEqual([]);
  });
});
