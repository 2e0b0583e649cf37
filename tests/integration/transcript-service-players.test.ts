// @vitest-environment node
/**
 * Web players' captions services (Vimeo, JW Player) as the shipped code meets them: it asks for
 * https://player.vimeo.com/… and https://cdn.jwplayer.com/…, and those hosts are mapped to a
 * loopback server under a test certificate (provider-hosts.ts). Real fetch, real TLS, no mocks.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MediaRef } from '../../core/media/types';
import { createTranscriptService } from '../../core/transcripts/service';
import type { TranscriptFailureReason, TranscriptResult } from '../../core/transcripts/types';
import { body, byQuery, hang, status, vtt, type CaptionServer, type Route } from '../support/caption-server';
import { mapProviderHostsInNode, startProviderHosts } from '../support/provider-hosts';

const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const VIMEO_PAGE = read('providers/vimeo-player.html');
const JW_MEDIA = read('providers/jwplayer-media.json');
const SWEDISH = read('captions/harbour-interview.sv.vtt');
const ENGLISH = read('captions/harbour-interview.en.vtt');
const ENGLISH_SRT = read('captions/harbour-interview.en.srt');
const YOUTUBE_PAGE = read('providers/youtube-watch.html');
const YOUTUBE_SV = read('providers/youtube-ferry.sv.json3');
const YOUTUBE_ASR = read('providers/youtube-ferry.en-asr.json3');
const SVT_API = read('providers/svt-video-api.json');
const SVT_TEXT = 'svt-vod-1a.akamaized.net/d0/se/20261101/kR4tW9p/text/';
const svtClip = (rights: object, subtitleReferences: unknown[]) => json(JSON.stringify({ svtId: 'x', rights, subtitleReferences }));
const BC_ACCOUNT = '1234567890001';
const BC_PLAYER = `players.brightcove.net/${BC_ACCOUNT}/rJk2Lq9_default`;
const BC_VIDEOS = `edge.api.brightcove.com/playback/v1/accounts/${BC_ACCOUNT}/videos/`;
const BC_POLICY_KEY = 'BCpkTEST-legible.policy_key';
const brightcoveTracks = [
  { src: 'https://manifest.prod.boltdns.net/thumbnail/v1/x/thumbnail.webvtt', kind: 'metadata', label: 'thumbnails', mime_type: 'text/webvtt', default: false },
  { src: null, sources: [{ src: 'https://manifest.prod.boltdns.net/captions/x/sv.vtt?fastly_token=c' }], srclang: 'sv', label: 'Svenska', kind: 'captions', mime_type: 'text/webvtt', default: false },
  { src: 'https://manifest.prod.boltdns.net/captions/x/en.vtt?fastly_token=d', srclang: 'en', label: 'English', kind: 'captions', mime_type: 'text/vtt', default: true },
];
const DM_METADATA = 'www.dailymotion.com/player/metadata/video/';
const html = (text: string) => body(text, 'text/html; charset=utf-8');
/** A watch page whose player response is `response`, assigned as YouTube's pages do. */
const watchPage = (response: unknown) => html(`<script>var ytInitialPlayerResponse = ${JSON.stringify(response)};var ad = null;</script>`);
const unplayable = (status: string, reason: string) => watchPage({ playabilityStatus: { status, reason } });
const withTracks = (tracks: unknown[]) => watchPage({ playabilityStatus: { status: 'OK' }, captions: { playerCaptionsTracklistRenderer: { captionTracks: tracks } } });
const WATCH_PAGES: Record<string, Route> = {
  Hc8yWqZ3pLs: html(YOUTUBE_PAGE),
  LoginReqd01: unplayable('LOGIN_REQUIRED', 'Sign in to confirm your age'),
  GeoBlocked1: unplayable('UNPLAYABLE', 'The uploader has not made this video available in your country'),
  Removed0001: unplayable('ERROR', 'This video is unavailable'),
  NoCaptions1: watchPage({ playabilityStatus: { status: 'OK' }, videoDetails: { title: 'Silent film' } }),
  Withheld001: withTracks([{ baseUrl: '/api/timedtext?v=Withheld001&exp=xpe&lang=xx', languageCode: 'xx', name: { simpleText: 'Withheld' } }]),
  Srv3Only001: withTracks([{ baseUrl: '/api/timedtext?v=Srv3Only001&lang=da', languageCode: 'da', name: { simpleText: 'Dansk' } }]),
  NotAPage001: html('<!doctype html><title>Before you continue to YouTube</title><form action="https://consent.youtube.com/save"></form>'),
};
/** Timedtext answers by language (and kind), for json3 only: Legible must ask for that format. */
const TIMEDTEXT: Record<string, Route> = {
  sv: body(YOUTUBE_SV, 'application/json; charset=UTF-8'),
  enasr: body(YOUTUBE_ASR, 'application/json; charset=UTF-8'),
  // What YouTube sends a client it withholds captions from: 200, nothing, and an HTML type.
  xx: body('', 'text/html; charset=UTF-8'),
  // A track whose json3 YouTube garbles, and whose srv3 reads.
  da: body('<html>not json</html>', 'application/json'),
};
const TIMEDTEXT_SRV3: Record<string, Route> = {
  da: body('<?xml version="1.0" encoding="utf-8" ?><timedtext format="3"><body><p t="1000" d="2000">Færgen sejler ved daggry.</p></body></timedtext>', 'text/xml; charset=UTF-8'),
};
const json = (text: string, code?: number) => body(text, 'application/json; charset=utf-8', code ? { status: code } : {});
const jwMedia = (tracks: unknown[]) => json(JSON.stringify({ playlist: [{ mediaid: 'x', tracks }] }));

let hosts: CaptionServer;
let unmap: () => void;

beforeAll(async () => {
  hosts = await startProviderHosts({
    'player.vimeo.com/video/76979871': html(VIMEO_PAGE),
    'captions.vimeo.com/captions/1001.vtt': vtt(ENGLISH),
    'player.vimeo.com/texttrack/1002.vtt': vtt(SWEDISH),
    'player.vimeo.com/video/404': status(404),
    'player.vimeo.com/video/403': status(403),
    'player.vimeo.com/video/500': status(500),
    'player.vimeo.com/video/700': html('<!doctype html><title>Vimeo</title><p>Something went wrong</p>'),
    'player.vimeo.com/video/800': html('<script>window.playerConfig = {"request":{"files":{}},"video":{"id":800}}</script>'),
    'player.vimeo.com/video/900': html('<script>window.playerConfig = {"request":{"text_tracks":[{"lang":"fi","url":"/texttrack/9.vtt"}]}}</script>'),
    'player.vimeo.com/texttrack/9.vtt': status(404),
    'www.youtube.com/watch': byQuery((query) => WATCH_PAGES[query.get('v') ?? '']),
    'www.youtube.com/api/timedtext': byQuery((query) => ({ json3: TIMEDTEXT, srv3: TIMEDTEXT_SRV3 })[query.get('fmt') ?? '']?.[(query.get('lang') ?? '') + (query.get('kind') ?? '')]),
    'api.svt.se/video/kR4tW9p': json(SVT_API),
    [`${SVT_TEXT}text-closed.vtt`]: vtt(read('captions/svt-closed.vtt')),
    [`${SVT_TEXT}text-open.vtt`]: vtt(read('captions/svt-open.vtt')),
    'api.svt.se/video/GeoOnly1': svtClip({ geoBlockedSweden: true }, [{ url: `https://${SVT_TEXT}refused.vtt`, format: 'webvtt', language: 'sv', type: 'sdh' }]),
    [`${SVT_TEXT}refused.vtt`]: status(403),
    'api.svt.se/video/NoSubs01': svtClip({ geoBlockedSweden: false }, []),
    'api.svt.se/video/HlsOnly1': svtClip({}, [{ url: `https://${SVT_TEXT}text-0.m3u8`, format: 'webvtt-hls', language: 'sv', type: 'sdh' }]),
    [`${SVT_TEXT}text-0.m3u8`]: body(read('captions/hls/sv-closed.m3u8'), 'application/vnd.apple.mpegurl'),
    [`${SVT_TEXT}sv-closed-00001.vtt`]: vtt(read('captions/hls/sv-closed-00001.vtt')),
    [`${SVT_TEXT}sv-closed-00002.vtt`]: vtt(read('captions/hls/sv-closed-00002.vtt')),
    [`${SVT_TEXT}segments/sv-closed-00003.vtt`]: vtt(read('captions/hls/segments/sv-closed-00003.vtt')),
    'api.svt.se/video/TtmlOnly': svtClip({}, [{ url: `https://${SVT_TEXT}text.ttml`, format: 'ttml', language: 'sv' }]),
    'api.svt.se/video/Gone0001': status(404),
    [`${BC_PLAYER}/config.json`]: json(JSON.stringify({ video_cloud: { policy_key: BC_POLICY_KEY }, player: { template: { version: '7.x' } } })),
    [`${BC_VIDEOS}6300000000001`]: json(JSON.stringify({ id: '6300000000001', name: 'Isvintern', text_tracks: brightcoveTracks })),
    [`${BC_VIDEOS}6300000000002`]: json(JSON.stringify([{ error_code: 'ACCESS_DENIED', error_subcode: 'CLIENT_GEO', message: 'Access to this resource is forbidden by access policy.' }]), 403),
    [`${BC_VIDEOS}6300000000003`]: json(JSON.stringify([{ error_code: 'VIDEO_NOT_FOUND', message: 'The designated resource was not found.' }]), 404),
    [`${BC_VIDEOS}6300000000004`]: json(JSON.stringify([{ error_code: 'INVALID_POLICY_KEY' }]), 401),
    [`${BC_VIDEOS}6300000000005`]: json(JSON.stringify({ id: '6300000000005', text_tracks: [brightcoveTracks[0]] })),
    'manifest.prod.boltdns.net/captions/x/sv.vtt': vtt(SWEDISH),
    'manifest.prod.boltdns.net/captions/x/en.vtt': vtt(ENGLISH),
    [`${DM_METADATA}x8hamn1`]: json(JSON.stringify({ title: 'Isvintern', subtitles: { enable: true, data: { en: { label: 'English', urls: ['https://static2.dmcdn.net/static/video/1/x8hamn1:subtitle_en.vtt?sec=a'] }, sv: { label: 'Svenska', urls: ['https://static2.dmcdn.net/static/video/1/x8hamn1:subtitle_sv.vtt?sec=b'] } } } })),
    'static2.dmcdn.net/static/video/1/x8hamn1:subtitle_sv.vtt': vtt(SWEDISH),
    [`${DM_METADATA}x8geo01`]: json(JSON.stringify({ error: { code: 'DM007', title: 'Video geo-restricted by the owner' } })),
    [`${DM_METADATA}x8priv1`]: json(JSON.stringify({ error: { code: 'DM003', title: 'Private video' } })),
    [`${DM_METADATA}x8none1`]: json(JSON.stringify({ title: 'Tyst', subtitles: { enable: false, data: [] } })),
    'cdn.jwplayer.com/v2/media/AbCd1234': json(JW_MEDIA),
    'cdn.jwplayer.com/tracks/EnSrt001.srt': body(ENGLISH_SRT, 'application/x-subrip'),
    'cdn.jwplayer.com/tracks/SvVtt002.vtt': vtt(SWEDISH),
    'cdn.jwplayer.com/v2/media/SrtOnly1': jwMedia([{ file: 'https://cdn.jwplayer.com/tracks/EnSrt001.srt', kind: 'captions', label: 'English' }]),
    'cdn.jwplayer.com/v2/media/Gone0000': status(404),
    'cdn.jwplayer.com/v2/media/Html0000': html('<!doctype html><title>Sign in</title>'),
    'cdn.jwplayer.com/v2/media/Bad00000': json('{"playlist": [ {"tracks": '),
    'cdn.jwplayer.com/v2/media/Slow0000': hang(),
    'cdn.jwplayer.com/v2/media/NoCc0000': jwMedia([{ file: 'https://cdn.jwplayer.com/strips/x.vtt', kind: 'thumbnails' }]),
    'cdn.jwplayer.com/v2/media/Dfxp0000': jwMedia([{ file: 'https://cdn.jwplayer.com/tracks/Dfxp0000.xml', kind: 'captions', label: 'Svenska' }]),
    'cdn.jwplayer.com/tracks/Dfxp0000.xml': body(read('captions/harbour-interview.sv.ttml'), 'application/xml'),
    'cdn.jwplayer.com/v2/media/Sami0000': jwMedia([{ file: 'https://cdn.jwplayer.com/tracks/Sami0000.smi', kind: 'captions', label: 'English' }]),
  });
  unmap = mapProviderHostsInNode(hosts);
});

afterAll(async () => {
  unmap();
  await hosts.close();
});

beforeEach(() => hosts.resetHits());

function playerClip(family: 'vimeo' | 'jwplayer' | 'youtube' | 'svt' | 'brightcove' | 'dailymotion', videoId: string, extra: Partial<Extract<MediaRef, { source: 'player' }>> = {}): MediaRef {
  return { id: 'media-0', source: 'player', family, videoId, mediaType: 'video', pageUrl: 'https://news.example/harbour.html', tracks: [], ...extra };
}

function service(preferred: string[] = ['en']) {
  return createTranscriptService({ preferredLanguages: () => preferred, fetchLimits: { timeoutMs: 500 } });
}

function expectSuccess(result: TranscriptResult) {
  if (!result.ok) throw new Error(`Expected a transcript, got ${result.reason}: ${result.detail}`);
  return result.transcript;
}

function expectFailure(result: TranscriptResult, reason: TranscriptFailureReason): void {
  expect(result.ok ? { ok: true } : { ok: false, reason: result.reason }).toEqual({ ok: false, reason });
}

describe('Vimeo: the player page’s text tracks', () => {
  it('reads the page language’s track, from a relative address on the player’s host', async () => {
    const transcript = expectSuccess(await service().getTranscript(playerClip('vimeo', '76979871', { pageLang: 'sv' })));
    expect(transcript).toMatchObject({ lang: 'sv', label: 'Svenska (CC)', sourceUrl: 'https://player.vimeo.com/texttrack/1002.vtt?token=aa11_bb22' });
    expect(transcript.cues[0]).toEqual({ start: 1, end: 4.5, text: 'Välkommen ut till hamnen i Gävle.', speaker: 'Ingrid Lund' });
    expect(hosts.hits('player.vimeo.com/video/76979871')).toBe(1);
    expect(hosts.hits('captions.vimeo.com/captions/1001.vtt')).toBe(0);
  });

  it('takes captions people wrote before generated ones, even in a language read less', async () => {
    const transcript = expectSuccess(await service(['en', 'sv']).getTranscript(playerClip('vimeo', '76979871', { pageLang: 'en' })));
    expect(transcript.lang).toBe('sv');
  });

  it('falls back to the generated track, its language without the "-x-autogen" tag', async () => {
    hosts.setRoute('player.vimeo.com/texttrack/1002.vtt', status(404));
    try {
      const transcript = expectSuccess(await service().getTranscript(playerClip('vimeo', '76979871', { pageLang: 'en' })));
      expect(transcript).toMatchObject({ lang: 'en', label: 'English (auto-generated)', kind: 'generated' });
      expect(transcript.sourceUrl).toMatch(/^https:\/\/captions\.vimeo\.com\/captions\/1001\.vtt\?/);
      expect(transcript.cues[0]?.text).toBe('Welcome out to the harbour in Gävle.');
    } finally {
      hosts.setRoute('player.vimeo.com/texttrack/1002.vtt', vtt(SWEDISH));
    }
  });

  it('passes on the embed’s hash, which unlisted clips need, and nothing else of the frame’s address', async () => {
    const embedUrl = 'https://player.vimeo.com/video/76979871?h=9f2e61c0d4&autoplay=1&secret=x';
    expectSuccess(await service().getTranscript(playerClip('vimeo', '76979871', { embedUrl })));
    expect(hosts.requests('player.vimeo.com/video/76979871').map((r) => r.search)).toEqual(['?h=9f2e61c0d4']);
  });

  it.each<[string, string, TranscriptFailureReason]>([
    ['a clip Vimeo no longer has (404)', '404', 'none'],
    ['a private clip (403)', '403', 'withheld'],
    ['a server error (500)', '500', 'network'],
    ['a page without the configuration', '700', 'malformed'],
    ['a configuration without text tracks', '800', 'none'],
    ['a track whose file is gone', '900', 'not-found'],
  ])('%s → %s', async (_name, id, reason) => {
    expectFailure(await service().getTranscript(playerClip('vimeo', id)), reason);
  });

  it('asks for the player page with the embedding page’s origin as Referer, where the extension can set one', async () => {
    const asked: [string, string][] = [];
    const withReferer = <T,>(url: string, referer: string, request: () => Promise<T>) => {
      asked.push([url, referer]);
      return request();
    };
    const transcripts = createTranscriptService({ preferredLanguages: () => ['sv'], withReferer });
    expectSuccess(await transcripts.getTranscript(playerClip('vimeo', '76979871', { pageUrl: 'https://news.example/2026/harbour.html?utm=x' })));
    expect(asked).toEqual([['https://player.vimeo.com/video/76979871', 'https://news.example/']]);
  });

  it('asks nothing for an id that is not Vimeo’s', async () => {
    expectFailure(await service().getTranscript(playerClip('vimeo', '../../admin')), 'none');
    expect(hosts.requests()).toHaveLength(0);
  });
});

describe('JW Player: the media API’s tracks', () => {
  it('reads the default captions track, not thumbnails or chapters', async () => {
    const transcript = expectSuccess(await service().getTranscript(playerClip('jwplayer', 'AbCd1234')));
    expect(transcript).toMatchObject({ label: 'Svenska', sourceUrl: 'https://cdn.jwplayer.com/tracks/SvVtt002.vtt' });
    expect(transcript.cues).toHaveLength(5);
    expect(hosts.hits('cdn.jwplayer.com/v2/media/AbCd1234')).toBe(1);
    expect(hosts.hits('cdn.jwplayer.com/strips/AbCd1234-120.vtt')).toBe(0);
  });

  it('reads DFXP captions, which JW Player serves as .xml', async () => {
    const transcript = expectSuccess(await service().getTranscript(playerClip('jwplayer', 'Dfxp0000')));
    expect(transcript.cues.map((cue) => cue.start)).toEqual([1, 4.5, 8.2, 21]);
  });

  it('reads SubRip captions', async () => {
    const transcript = expectSuccess(await service().getTranscript(playerClip('jwplayer', 'SrtOnly1')));
    expect(transcript.cues.map((cue) => cue.text)).toEqual(['The ferry leaves at dawn.', 'Skipper: Keep the red light on your left.', '[engine hum]']);
  });

  it.each<[string, string, TranscriptFailureReason]>([
    ['a media id JW no longer has (404)', 'Gone0000', 'none'],
    ['an HTML page instead of JSON', 'Html0000', 'malformed'],
    ['JSON cut short', 'Bad00000', 'malformed'],
    ['a media API that never answers', 'Slow0000', 'timeout'],
    ['thumbnails but no captions', 'NoCc0000', 'none'],
    ['captions only as SAMI', 'Sami0000', 'unsupported'],
  ])('%s → %s', async (_name, id, reason) => {
    expectFailure(await service().getTranscript(playerClip('jwplayer', id)), reason);
  });

  it('asks nothing for an id that is not a media id', async () => {
    expectFailure(await service().getTranscript(playerClip('jwplayer', 'AbCd1234/../../x')), 'none');
    expect(hosts.requests()).toHaveLength(0);
  });
});

describe('YouTube: the watch page’s caption tracks, read as json3', () => {
  it('reads the track people wrote in the page’s language, from the \\u0026-escaped address', async () => {
    const transcript = expectSuccess(await service().getTranscript(playerClip('youtube', 'Hc8yWqZ3pLs', { pageLang: 'sv' })));
    expect(transcript).toMatchObject({ lang: 'sv', label: 'Svenska' });
    expect(transcript).not.toHaveProperty('kind');
    expect(transcript.cues.map((cue) => cue.text)).toEqual(['Färjan går när det ljusnar.', 'Isen lade sig tidigt, redan i november.', 'Kaptenen bryter en ränna varje morgon.']);
    const [asked] = hosts.requests('www.youtube.com/api/timedtext');
    expect(Object.fromEntries(new URLSearchParams(asked?.search))).toMatchObject({ v: 'Hc8yWqZ3pLs', lang: 'sv', fmt: 'json3', signature: 'AB12.CD34' });
  });

  it('takes speech recognition’s track only when the written one fails, its name read from runs', async () => {
    const unavailable = { ...TIMEDTEXT };
    TIMEDTEXT.sv = status(404);
    try {
      const transcript = expectSuccess(await service(['en']).getTranscript(playerClip('youtube', 'Hc8yWqZ3pLs', { pageLang: 'en' })));
      expect(transcript).toMatchObject({ lang: 'en', label: 'English (auto-generated)', kind: 'generated' });
      expect(transcript.cues.map((cue) => cue.text)).toEqual(['the ferry leaves at dawn', 'the ice came early', '[Music]', 'Tom & Jerry\'s boat ☺']);
    } finally {
      Object.assign(TIMEDTEXT, unavailable);
    }
  });

  it('reads the track as srv3 where its json3 cannot be read', async () => {
    const transcript = expectSuccess(await service().getTranscript(playerClip('youtube', 'Srv3Only001')));
    expect(transcript).toMatchObject({ lang: 'da', cues: [{ start: 1, end: 3, text: 'Færgen sejler ved daggry.' }] });
    expect(hosts.requests('www.youtube.com/api/timedtext').map((r) => new URLSearchParams(r.search).get('fmt'))).toEqual(['json3', 'srv3']);
  });

  it.each<[string, string, TranscriptFailureReason]>([
    ['an empty 200 for the captions file', 'Withheld001', 'withheld'],
    ['a clip that needs signing in', 'LoginReqd01', 'withheld'],
    ['a clip not shown in this country', 'GeoBlocked1', 'geo-blocked'],
    ['a removed clip', 'Removed0001', 'none'],
    ['a clip without captions', 'NoCaptions1', 'none'],
    ['a consent page instead of the watch page', 'NotAPage001', 'malformed'],
  ])('%s → %s', async (_name, id, reason) => {
    expectFailure(await service().getTranscript(playerClip('youtube', id)), reason);
  });

  it('asks nothing for an id that is not YouTube’s', async () => {
    expectFailure(await service().getTranscript(playerClip('youtube', 'watch?v=1&x')), 'none');
    expect(hosts.requests()).toHaveLength(0);
  });
});

describe('SVT: the video API’s subtitle references', () => {
  it('reads the closed captions of all speech, from broadcast timecode to the clip’s own times, without their styling', async () => {
    const transcript = expectSuccess(await service(['en']).getTranscript(playerClip('svt', 'kR4tW9p', { pageLang: 'sv' })));
    expect(transcript).toMatchObject({ lang: 'sv', label: 'Svenska (allt tal)', sourceUrl: `https://${SVT_TEXT}text-closed.vtt` });
    expect(transcript.cues.map((cue) => [cue.start, cue.text])).toEqual([
      [1, 'Välkommen ut till hamnen.'],
      [4.5, 'Isen lade sig tidigt i år, redan i november.'],
      [8.25, '(Måsar skriker)'],
      [12, 'Vi bröt en ränna varje morgon.'],
    ]);
    expect(hosts.hits(`${SVT_TEXT}text-open.vtt`)).toBe(0);
    expect(hosts.hits(`${SVT_TEXT}text-0.m3u8`)).toBe(0);
  });

  it('falls back to the closed captions’ HLS stream when their file is gone, and to the open subtitles after that', async () => {
    hosts.setRoute(`${SVT_TEXT}text-closed.vtt`, status(404));
    try {
      const closedStream = expectSuccess(await service().getTranscript(playerClip('svt', 'kR4tW9p', { pageLang: 'sv' })));
      expect(closedStream).toMatchObject({ label: 'Svenska (allt tal)', sourceUrl: `https://${SVT_TEXT}text-0.m3u8` });
      hosts.setRoute(`${SVT_TEXT}text-0.m3u8`, status(404));
      const open = expectSuccess(await service().getTranscript(playerClip('svt', 'kR4tW9p', { pageLang: 'sv' })));
      expect(open).toMatchObject({ label: 'Svenska', kind: 'forced', cues: [{ start: 12, end: 16, text: 'Vi bröt en ränna varje morgon.' }] });
    } finally {
      hosts.setRoute(`${SVT_TEXT}text-closed.vtt`, vtt(read('captions/svt-closed.vtt')));
      hosts.setRoute(`${SVT_TEXT}text-0.m3u8`, body(read('captions/hls/sv-closed.m3u8'), 'application/vnd.apple.mpegurl'));
    }
  });

  it('stitches subtitles SVT serves only as segmented HLS', async () => {
    const transcript = expectSuccess(await service().getTranscript(playerClip('svt', 'HlsOnly1', { pageLang: 'sv' })));
    expect(transcript.cues.map((cue) => cue.text)).toEqual(['Välkommen ut till hamnen.', 'Isen lade sig tidigt.', '(Måsar skriker)', 'Vi bröt en ränna varje morgon.']);
  });

  it.each<[string, string, TranscriptFailureReason]>([
    ['a clip shown in Sweden only, its file refused', 'GeoOnly1', 'geo-blocked'],
    ['a clip without subtitles', 'NoSubs01', 'none'],
    ['subtitles only in a format SVT’s player names but Legible does not read', 'TtmlOnly', 'unsupported'],
    ['a clip SVT no longer has (404)', 'Gone0001', 'none'],
  ])('%s → %s', async (_name, id, reason) => {
    expectFailure(await service().getTranscript(playerClip('svt', id)), reason);
  });
});

describe('Brightcove: the policy key from the player, the Playback API’s text tracks', () => {
  const clip = (videoId: string, extra: Partial<Extract<MediaRef, { source: 'player' }>> = {}) =>
    playerClip('brightcove', videoId, { embedUrl: `https://${BC_PLAYER}/index.html?videoId=${videoId}`, ...extra });

  it('asks the Playback API with the player’s policy key and reads the page language’s captions, from their sources when src is empty', async () => {
    const transcript = expectSuccess(await service().getTranscript(clip('6300000000001', { pageLang: 'sv' })));
    expect(transcript).toMatchObject({ lang: 'sv', label: 'Svenska', sourceUrl: 'https://manifest.prod.boltdns.net/captions/x/sv.vtt?fastly_token=c' });
    expect(hosts.requests(`${BC_VIDEOS}6300000000001`).map((r) => r.accept)).toEqual([`application/json;pk=${BC_POLICY_KEY}`]);
    expect(hosts.hits('manifest.prod.boltdns.net/thumbnail/v1/x/thumbnail.webvtt')).toBe(0);
  });

  it('takes the default track where the page’s language has none', async () => {
    const transcript = expectSuccess(await service(['de']).getTranscript(clip('6300000000001', { pageLang: 'fi' })));
    expect(transcript).toMatchObject({ lang: 'en', label: 'English' });
  });

  it.each<[string, string, TranscriptFailureReason]>([
    ['a clip blocked in the reader’s country (CLIENT_GEO)', '6300000000002', 'geo-blocked'],
    ['a clip not found (VIDEO_NOT_FOUND)', '6300000000003', 'none'],
    ['a refused policy key', '6300000000004', 'withheld'],
    ['thumbnails but no captions', '6300000000005', 'none'],
  ])('%s → %s', async (_name, id, reason) => {
    expectFailure(await service().getTranscript(clip(id)), reason);
  });

  it('asks nothing when the page names no Brightcove account', async () => {
    expectFailure(await service().getTranscript(playerClip('brightcove', '6300000000001')), 'none');
    expect(hosts.requests()).toHaveLength(0);
  });
});

describe('Dailymotion: the player metadata’s subtitles', () => {
  it('reads the page language’s subtitles', async () => {
    const transcript = expectSuccess(await service().getTranscript(playerClip('dailymotion', 'x8hamn1', { pageLang: 'sv' })));
    expect(transcript).toMatchObject({ lang: 'sv', label: 'Svenska', sourceUrl: 'https://static2.dmcdn.net/static/video/1/x8hamn1:subtitle_sv.vtt?sec=b' });
  });

  it.each<[string, string, TranscriptFailureReason]>([
    ['a geo-restricted clip (DM007)', 'x8geo01', 'geo-blocked'],
    ['a private clip', 'x8priv1', 'withheld'],
    ['a clip without subtitles', 'x8none1', 'none'],
  ])('%s → %s', async (_name, id, reason) => {
    expectFailure(await service().getTranscript(playerClip('dailymotion', id)), reason);
  });
});
