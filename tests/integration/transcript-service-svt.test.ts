// @vitest-environment node
/**
 * SVT’s video API and subtitle files as the shipped code meets them: it asks for
 * https://api.svt.se/video/… and SVT’s CDN, and those hosts are mapped to a loopback server under
 * a test certificate (provider-hosts.ts). Real fetch, real TLS, no mocks.
 */
import { describe, expect, it } from 'vitest';
import type { TranscriptFailureReason } from '../../core/transcripts/types';
import { body, status, vtt } from '../support/caption-server';
import { json, playerClip, read, service, useProviderHosts } from '../support/player-services';
import { expectFailure, expectSuccess } from '../support/transcript-results';

const SVT_API = read('players/svt/video-api.json');
const SVT_TEXT = 'svt-vod-1a.akamaized.net/d0/se/20261101/kR4tW9p/text/';
const svtClip = (rights: object, subtitleReferences: unknown[]) => json(JSON.stringify({ svtId: 'x', rights, subtitleReferences }));

const served = useProviderHosts({
  'api.svt.se/video/kR4tW9p': json(SVT_API),
  [`${SVT_TEXT}text-closed.vtt`]: vtt(read('formats/webvtt/svt-closed.vtt')),
  [`${SVT_TEXT}text-open.vtt`]: vtt(read('formats/webvtt/svt-open.vtt')),
  'api.svt.se/video/GeoOnly1': svtClip({ geoBlockedSweden: true }, [
    { url: `https://${SVT_TEXT}refused.vtt`, format: 'webvtt', language: 'sv', type: 'sdh' },
  ]),
  [`${SVT_TEXT}refused.vtt`]: status(403),
  'api.svt.se/video/NoSubs01': svtClip({ geoBlockedSweden: false }, []),
  'api.svt.se/video/HlsOnly1': svtClip({}, [{ url: `https://${SVT_TEXT}text-0.m3u8`, format: 'webvtt-hls', language: 'sv', type: 'sdh' }]),
  [`${SVT_TEXT}text-0.m3u8`]: body(read('formats/hls-webvtt/sv-closed.m3u8'), 'application/vnd.apple.mpegurl'),
  [`${SVT_TEXT}sv-closed-00001.vtt`]: vtt(read('formats/hls-webvtt/sv-closed-00001.vtt')),
  [`${SVT_TEXT}sv-closed-00002.vtt`]: vtt(read('formats/hls-webvtt/sv-closed-00002.vtt')),
  [`${SVT_TEXT}segments/sv-closed-00003.vtt`]: vtt(read('formats/hls-webvtt/segments/sv-closed-00003.vtt')),
  'api.svt.se/video/TtmlOnly': svtClip({}, [{ url: `https://${SVT_TEXT}text.ttml`, format: 'ttml', language: 'sv' }]),
  'api.svt.se/video/Gone0001': status(404),
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
    expect(served.hosts.hits(`${SVT_TEXT}text-open.vtt`)).toBe(0);
    expect(served.hosts.hits(`${SVT_TEXT}text-0.m3u8`)).toBe(0);
  });

  it('falls back to the closed captions’ HLS stream when their file is gone, and to the open subtitles after that', async () => {
    served.hosts.setRoute(`${SVT_TEXT}text-closed.vtt`, status(404));
    try {
      const closedStream = expectSuccess(await service().getTranscript(playerClip('svt', 'kR4tW9p', { pageLang: 'sv' })));
      expect(closedStream).toMatchObject({ label: 'Svenska (allt tal)', sourceUrl: `https://${SVT_TEXT}text-0.m3u8` });
      served.hosts.setRoute(`${SVT_TEXT}text-0.m3u8`, status(404));
      const open = expectSuccess(await service().getTranscript(playerClip('svt', 'kR4tW9p', { pageLang: 'sv' })));
      expect(open).toMatchObject({
        label: 'Svenska',
        caveat: 'forced',
        cues: [{ start: 12, end: 16, text: 'Vi bröt en ränna varje morgon.' }],
      });
    } finally {
      served.hosts.setRoute(`${SVT_TEXT}text-closed.vtt`, vtt(read('formats/webvtt/svt-closed.vtt')));
      served.hosts.setRoute(`${SVT_TEXT}text-0.m3u8`, body(read('formats/hls-webvtt/sv-closed.m3u8'), 'application/vnd.apple.mpegurl'));
    }
  });

  it('stitches subtitles SVT serves only as segmented HLS', async () => {
    const transcript = expectSuccess(await service().getTranscript(playerClip('svt', 'HlsOnly1', { pageLang: 'sv' })));
    expect(transcript.cues.map((cue) => cue.text)).toEqual([
      'Välkommen ut till hamnen.',
      'Isen lade sig tidigt.',
      '(Måsar skriker)',
      'Vi bröt en ränna varje morgon.',
    ]);
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
