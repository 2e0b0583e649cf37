/**
 * The page as a confused deputy: a page with its scripts on names the clip addresses, Legible's
 * background fetches them with its all-sites access, and the words land in the reader's open
 * shadow root, which the page's scripts can read. So the page tries to read, through Legible, an
 * intranet service and another site's page; it gets neither, and the intranet is never asked.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIn } from '../../tools/browser-driver';
import { BROWSERS, openHarness, waitForReader, waitForTranscripts, type Harness } from '../e2e/support/harness';
import { body, startCaptionServer, vtt, type CaptionServer } from '../support/caption-server';

const INTRANET_SECRET = 'The intranet payroll says';
const OTHER_SITE_SECRET = 'Private notes of the signed-in user';

describe.each(BROWSERS)('a page that would read through Legible, in %s', (browserName) => {
  let harness: Harness;
  let site: CaptionServer;
  let intranet: CaptionServer;
  let page: Page;

  beforeAll(async () => {
    harness = await openHarness(browserName, {
      pageJavaScript: true,
      providerRoutes: {
        'www.svt.se/account/notes': body(
          `<html><body><main><p>${OTHER_SITE_SECRET}: the ice came in November.</p></main></body></html>`,
          'text/html; charset=utf-8',
        ),
      },
    });
    intranet = await startCaptionServer({ '/payroll.vtt': vtt(`WEBVTT\n\n00:01.000 --> 00:02.000\n${INTRANET_SECRET} 42.\n`) });
    site = await startCaptionServer({});
    site.setRoute(
      '/article.html',
      body(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ice in the harbour</title></head><body><article><h1>Ice in the harbour</h1>
        <p>The ice came to the inner harbour in the first week of December, earlier than anyone on the quay could remember, and by the middle of the month the ferry needed the icebreaker every morning.</p>
        <video controls title="From the intranet"><track kind="captions" srclang="en" src="http://localhost:${intranet.port}/payroll.vtt"></video>
        <figure><audio controls title="Another site's page" src="https://www.svt.se/radio/ice.mp3"></audio><figcaption><a href="https://www.svt.se/account/notes">Read the transcript</a></figcaption></figure>
        <video controls title="Another site's page as captions"><track kind="captions" srclang="en" src="https://www.svt.se/account/notes"></video>
        <p>Ingrid Lund, who has kept the harbour log for nineteen years, says the channel froze again within an hour of being opened, and that the crews began to work in two shifts to keep it clear.</p>
        </article></body></html>`,
        'text/html; charset=utf-8',
      ),
    );
    page = await harness.browser.openPage(site.url('/article.html'));
    await harness.browser.toggleReader(page);
    await waitForReader(page);
    await waitForTranscripts(page);
  });

  afterAll(async () => {
    await harness?.close();
    await Promise.all([site?.close(), intranet?.close()]);
  });

  it('shows the page’s scripts nothing of the intranet or the other site', async () => {
    // What the page's own script reads of the reader, as any script of the page could.
    const seen = await evaluateIn(page, () => document.querySelector('legible-reader')!.shadowRoot!.textContent ?? '');
    expect(seen).toContain('Ingrid Lund');
    expect(seen).not.toContain(INTRANET_SECRET);
    expect(seen).not.toContain(OTHER_SITE_SECRET);
  });

  it('never asks the intranet service', () => {
    expect(intranet.requests()).toEqual([]);
  });

  it("never fetches another site's page as the article's transcript", () => {
    // Asked once at most, as a captions file, whose answer is refused as not captions.
    expect(harness.providerHosts!.hits('www.svt.se/account/notes')).toBeLessThanOrEqual(1);
  });
});
