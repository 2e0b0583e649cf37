import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReader, type ReaderSnapshot } from '../../tools/reader-probe';
import { body, byQuery, redirect, startCaptionServer, vtt, type CaptionServer } from '../support/caption-server';
import { BROWSERS, openHarness, visibleText, waitForCleanup, waitForReader, waitForTranscripts, type Harness } from './support/harness';

const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

/** The providers' hosts as the shipped code asks for them, answered on loopback. */
const PROVIDER_ROUTES = {
  'player.vimeo.com/video/76979871': body(read('players/vimeo/player.html'), 'text/html; charset=utf-8'),
  'player.vimeo.com/texttrack/1002.vtt': vtt(read('formats/webvtt/harbour-interview.sv.vtt')),
  'captions.vimeo.com/captions/1001.vtt': vtt(read('formats/webvtt/harbour-interview.en.vtt')),
  'cdn.jwplayer.com/v2/media/AbCd1234': body(read('players/jwplayer/media.json'), 'application/json'),
  'cdn.jwplayer.com/tracks/SvVtt002.vtt': vtt(read('formats/webvtt/harbour-interview.sv.vtt')),
  'api.svt.se/video/kR4tW9p': body(read('players/svt/video-api.json'), 'application/json'),
  'svt-vod-1a.akamaized.net/d0/se/20261101/kR4tW9p/text/text-closed.vtt': vtt(read('formats/webvtt/svt-closed.vtt')),
  'feeds.example-podcast.net/hamnen.xml': body(read('podcast/feed.xml'), 'application/rss+xml'),
  'cdn.example-podcast.net/audio/avsnitt-1.json': body(read('formats/podcast-json/transcript.json'), 'application/json'),
  'players.brightcove.net/1234567890001/rJk2Lq9_default/config.json': body(
    JSON.stringify({ video_cloud: { policy_key: 'BCpkTEST-legible' } }),
    'application/json',
  ),
  'edge.api.brightcove.com/playback/v1/accounts/1234567890001/videos/6300000000001': body(
    JSON.stringify({
      id: '6300000000001',
      text_tracks: [
        {
          src: 'https://manifest.prod.boltdns.net/captions/x/sv.vtt',
          srclang: 'sv',
          label: 'Svenska',
          kind: 'captions',
          mime_type: 'text/vtt',
        },
      ],
    }),
    'application/json',
  ),
  'manifest.prod.boltdns.net/captions/x/sv.vtt': vtt(read('formats/webvtt/harbour-interview.sv.vtt')),
  'www.dailymotion.com/player/metadata/video/x8hamn1': body(
    JSON.stringify({ subtitles: { data: { sv: { label: 'Svenska', urls: ['https://static2.dmcdn.net/x8hamn1/sv.vtt'] } } } }),
    'application/json',
  ),
  'static2.dmcdn.net/x8hamn1/sv.vtt': vtt(read('formats/webvtt/harbour-interview.sv.vtt')),
  'svt-vod-1a.akamaized.net/d0/se/20261101/isbrytaren/master.m3u8': body(
    read('formats/hls-webvtt/master.m3u8'),
    'application/vnd.apple.mpegurl',
  ),
  'svt-vod-1a.akamaized.net/d0/se/20261101/isbrytaren/sv-closed.m3u8': body(
    read('formats/hls-webvtt/sv-closed.m3u8'),
    'application/vnd.apple.mpegurl',
  ),
  'svt-vod-1a.akamaized.net/d0/se/20261101/isbrytaren/sv-closed-00001.vtt': vtt(read('formats/hls-webvtt/sv-closed-00001.vtt')),
  'svt-vod-1a.akamaized.net/d0/se/20261101/isbrytaren/sv-closed-00002.vtt': vtt(read('formats/hls-webvtt/sv-closed-00002.vtt')),
  'svt-vod-1a.akamaized.net/d0/se/20261101/isbrytaren/segments/sv-closed-00003.vtt': vtt(
    read('formats/hls-webvtt/segments/sv-closed-00003.vtt'),
  ),
  'svt-vod-1a.akamaized.net/d0/se/20261101/kajen/manifest.mpd': body(read('formats/dash-text/manifest.mpd'), 'application/dash+xml'),
  'svt-vod-1a.akamaized.net/d0/se/20261101/kajen/media/period-0/text/sv-closed.vtt': vtt(read('formats/webvtt/harbour-interview.sv.vtt')),
  // A CDN's redirect from one of its hosts to another, as caption files are often served.
  'media.akamaized.net/moved/clip.vtt': redirect('https://captions.akamaized.net/clip.vtt', 301),
  'captions.akamaized.net/clip.vtt': vtt(read('formats/webvtt/harbour-interview.en.vtt')),
  'www.youtube.com/watch': byQuery((query) =>
    query.get('v') === 'Hc8yWqZ3pLs' ? body(read('players/youtube/watch.html'), 'text/html; charset=utf-8') : undefined,
  ),
  'www.youtube.com/api/timedtext': byQuery((query) =>
    query.get('lang') === 'sv' && query.get('fmt') === 'json3'
      ? body(read('formats/youtube-json3/ferry.sv.json3'), 'application/json')
      : undefined,
  ),
};

describe.each(BROWSERS)('transcripts of web players, page JavaScript off, in %s', (browserName) => {
  let harness: Harness;
  let page: Page;

  /** A service on this computer that a public redirect points at; nothing may reach it. */
  let privateService: CaptionServer;

  beforeAll(async () => {
    harness = await openHarness(browserName, { pageJavaScript: false, providerRoutes: PROVIDER_ROUTES });
    privateService = await startCaptionServer({ '/secret.vtt': vtt(read('formats/webvtt/harbour-interview.en.vtt')) });
    harness.providerHosts!.setRoute(
      'media.akamaized.net/moved/private.vtt',
      redirect(`http://localhost:${privateService.port}/secret.vtt`),
    );
    page = await harness.browser.openPage(`${harness.site.articleOrigin}/player-clips.html`);
    await harness.browser.toggleReader(page);
    await waitForReader(page);
    await waitForTranscripts(page);
  });
  afterAll(async () => {
    await harness?.close();
    await privateService?.close();
  });

  it('shows each clip’s transcript on its card: Vimeo, JW Player, YouTube, Brightcove and Dailymotion', async () => {
    const reader = await readReader(page);
    expect(reader.cards).toEqual([
      { title: expect.stringContaining('Ice in the harbour (Vimeo)'), status: expect.any(String), lines: 5 },
      { title: expect.stringContaining('Breaking the channel (JW Player)'), status: expect.any(String), lines: 5 },
      { title: expect.stringContaining('The ferry at dawn (YouTube)'), status: expect.any(String), lines: 3 },
      { title: expect.stringContaining("The harbour master's log (Brightcove)"), status: expect.any(String), lines: 5 },
      { title: expect.stringContaining('Gulls over the quay (Dailymotion)'), status: expect.any(String), lines: 5 },
    ]);
  });

  it('asked the providers’ own hosts, as shipped, for the captions people wrote', () => {
    const hosts = harness.providerHosts!;
    // The page's own frame loads the player too; Legible's background asks once, with the embed's hash.
    const fromLegible = hosts.requests('player.vimeo.com/video/76979871').filter((r) => r.fetchDest !== 'iframe');
    expect(fromLegible.map((r) => r.search)).toEqual(['?h=9f2e61c0d4']);
    // As the frame's own request would: the embedding page's origin, set by a declarativeNetRequest rule.
    expect(fromLegible.map((r) => r.referer)).toEqual([`${harness.site.articleOrigin}/`]);
    expect(hosts.hits('player.vimeo.com/texttrack/1002.vtt')).toBe(1);
    expect(hosts.hits('captions.vimeo.com/captions/1001.vtt')).toBe(0);
    expect(hosts.hits('cdn.jwplayer.com/v2/media/AbCd1234')).toBe(1);
    // The Playback API is asked as the publisher's player would ask it.
    expect(
      hosts.requests('edge.api.brightcove.com/playback/v1/accounts/1234567890001/videos/6300000000001').map((r) => [r.referer, r.origin]),
    ).toEqual([[`${harness.site.articleOrigin}/`, harness.site.articleOrigin]]);
    expect(hosts.requests('www.youtube.com/api/timedtext').map((r) => new URLSearchParams(r.search).get('fmt'))).toEqual(['json3']);
  });

  it('gives an svt.se article of the motivating shape its clip’s words: svtId from the turbo-stream data, captions from SVT’s video API', async () => {
    const svt = await harness.browser.openPage(`${harness.site.articleOrigin}/svt-turbo-stream.html`);
    try {
      await waitForCleanup(svt);
      expect(await visibleText(svt)).not.toContain('Javascript är avstängt');
      await harness.browser.toggleReader(svt);
      await waitForReader(svt);
      await waitForTranscripts(svt);
      const reader = await readReader(svt);
      expect(reader.title).toBe('Hamnkaptenen minns isvintern');
      // The top media has its card where the dead player stood; the body's second clip, which the page
      // shows nowhere without scripts, is listed in the transcript panel (its captions are not served here).
      expect(reader.cards.map((card) => card.lines)).toEqual([4]);
      expect(reader.transcriptLines).toBe(4);
      expect(harness.providerHosts!.hits('api.svt.se/video/kR4tW9p')).toBe(1);
    } finally {
      await svt.close();
    }
  });

  it('gives a podcast episode’s audio the transcript its show’s feed lists', async () => {
    const reader = await readerOf('podcast-episode.html');
    expect(reader.cards).toEqual([
      { title: expect.stringContaining('Avsnitt 1: Isen (18 minuter)'), status: expect.any(String), lines: 3 },
    ]);
    expect(harness.providerHosts!.hits('feeds.example-podcast.net/hamnen.xml')).toBe(1);
  });

  it('reads streams’ text tracks and a linked transcript page: HLS on the dead player’s card, DASH in the panel, the page beside the audio', async () => {
    const reader = await readerOf('stream-clip.html');
    expect(reader.cards).toEqual([
      { title: expect.stringContaining('Isbrytaren i hamnen (0:12)'), status: expect.any(String), lines: 4 },
      { title: expect.stringContaining('Hamnkaptenen i radio'), status: expect.any(String), lines: 2 },
    ]);
    // 4 + 2 on the cards, and the DASH clip's 5, which the page shows nowhere, in the panel.
    expect(reader.transcriptLines).toBe(11);
  });

  it('follows a CDN’s redirect to its captions, and none into this computer', async () => {
    const reader = await readerOf('redirect-clips.html');
    expect(reader.cards).toEqual([
      { title: expect.stringContaining('The ferry behind a redirect'), status: '', lines: 5 },
      { title: expect.stringContaining('A redirect into this computer'), status: expect.stringContaining('network error'), lines: 0 },
    ]);
    expect(harness.providerHosts!.hits('captions.akamaized.net/clip.vtt')).toBe(1);
    expect(harness.providerHosts!.hits('media.akamaized.net/moved/private.vtt')).toBeGreaterThanOrEqual(1);
    expect(privateService.requests()).toEqual([]);
  });

  /** Opens a test page in a tab of its own, opens the reader there, and reads it once the transcripts have come. */
  async function readerOf(path: string): Promise<ReaderSnapshot> {
    const page = await harness.browser.openPage(`${harness.site.articleOrigin}/${path}`);
    try {
      await harness.browser.toggleReader(page);
      await waitForReader(page);
      await waitForTranscripts(page);
      return await readReader(page);
    } finally {
      await page.close();
    }
  }
});
