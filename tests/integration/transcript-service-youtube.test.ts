// @vitest-environment node
/**
 * YouTube’s caption tracks as the shipped code meets them: it asks for
 * https://www.youtube.com/watch and /api/timedtext, and those hosts are mapped to a loopback
 * server under a test certificate (provider-hosts.ts). Real fetch, real TLS, no mocks.
 */
import { describe, expect, it } from 'vitest';
import type { TranscriptFailureReason } from '../../core/transcripts/types';
import { body, byQuery, status, type Route } from '../support/caption-server';
import { html, playerClip, read, service, useProviderHosts } from '../support/player-services';
import { expectFailure, expectSuccess } from '../support/transcript-results';

const YOUTUBE_PAGE = read('players/youtube/watch.html');
const YOUTUBE_SV = read('formats/youtube-json3/ferry.sv.json3');
const YOUTUBE_ASR = read('formats/youtube-json3/ferry.en-asr.json3');
/** A watch page whose player response is `response`, assigned as YouTube's pages do. */
const watchPage = (response: unknown) => html(`<script>var ytInitialPlayerResponse = ${JSON.stringify(response)};var ad = null;</script>`);
const unplayable = (status: string, reason: string) => watchPage({ playabilityStatus: { status, reason } });
const withTracks = (tracks: unknown[]) =>
  watchPage({ playabilityStatus: { status: 'OK' }, captions: { playerCaptionsTracklistRenderer: { captionTracks: tracks } } });
const WATCH_PAGES: Record<string, Route> = {
  Hc8yWqZ3pLs: html(YOUTUBE_PAGE),
  LoginReqd01: unplayable('LOGIN_REQUIRED', 'Sign in to confirm your age'),
  GeoBlocked1: unplayable('UNPLAYABLE', 'The uploader has not made this video available in your country'),
  Removed0001: unplayable('ERROR', 'This video is unavailable'),
  NoCaptions1: watchPage({ playabilityStatus: { status: 'OK' }, videoDetails: { title: 'Silent film' } }),
  Withheld001: withTracks([
    { baseUrl: '/api/timedtext?v=Withheld001&exp=xpe&lang=xx', languageCode: 'xx', name: { simpleText: 'Withheld' } },
  ]),
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
  da: body(
    '<?xml version="1.0" encoding="utf-8" ?><timedtext format="3"><body><p t="1000" d="2000">Færgen sejler ved daggry.</p></body></timedtext>',
    'text/xml; charset=UTF-8',
  ),
};

const served = useProviderHosts({
  'www.youtube.com/watch': byQuery((query) => WATCH_PAGES[query.get('v') ?? '']),
  'www.youtube.com/api/timedtext': byQuery(
    (query) =>
      ({ json3: TIMEDTEXT, srv3: TIMEDTEXT_SRV3 })[query.get('fmt') ?? '']?.[(query.get('lang') ?? '') + (query.get('kind') ?? '')],
  ),
});

describe('YouTube: the watch page’s caption tracks, read as json3', () => {
  it('reads the track people wrote in the page’s language, from the \\u0026-escaped address', async () => {
    const transcript = expectSuccess(await service().getTranscript(playerClip('youtube', 'Hc8yWqZ3pLs', { pageLang: 'sv' })));
    expect(transcript).toMatchObject({ lang: 'sv', label: 'Svenska' });
    expect(transcript).not.toHaveProperty('kind');
    expect(transcript.cues.map((cue) => cue.text)).toEqual([
      'Färjan går när det ljusnar.',
      'Isen lade sig tidigt, redan i november.',
      'Kaptenen bryter en ränna varje morgon.',
    ]);
    const [asked] = served.hosts.requests('www.youtube.com/api/timedtext');
    expect(Object.fromEntries(new URLSearchParams(asked?.search))).toMatchObject({
      v: 'Hc8yWqZ3pLs',
      lang: 'sv',
      fmt: 'json3',
      signature: 'AB12.CD34',
    });
  });

  it('takes speech recognition’s track only when the written one fails, its name read from runs', async () => {
    const unavailable = { ...TIMEDTEXT };
    TIMEDTEXT.sv = status(404);
    try {
      const transcript = expectSuccess(await service(['en']).getTranscript(playerClip('youtube', 'Hc8yWqZ3pLs', { pageLang: 'en' })));
      expect(transcript).toMatchObject({ lang: 'en', label: 'English (auto-generated)', caveat: 'generated' });
      expect(transcript.cues.map((cue) => cue.text)).toEqual([
        'the ferry leaves at dawn',
        'the ice came early',
        '[Music]',
        "Tom & Jerry's boat ☺",
      ]);
    } finally {
      Object.assign(TIMEDTEXT, unavailable);
    }
  });

  it('reads the track as srv3 where its json3 cannot be read', async () => {
    const transcript = expectSuccess(await service().getTranscript(playerClip('youtube', 'Srv3Only001')));
    expect(transcript).toMatchObject({ lang: 'da', cues: [{ start: 1, end: 3, text: 'Færgen sejler ved daggry.' }] });
    expect(served.hosts.requests('www.youtube.com/api/timedtext').map((r) => new URLSearchParams(r.search).get('fmt'))).toEqual([
      'json3',
      'srv3',
    ]);
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
    expect(served.hosts.requests()).toHaveLength(0);
  });
});
