// @vitest-environment node
/**
 * Vimeo’s and JW Player’s captions services as the shipped code meets them: it asks for
 * https://player.vimeo.com/… and https://cdn.jwplayer.com/…, and those hosts are mapped to a
 * loopback server under a test certificate (provider-hosts.ts). Real fetch, real TLS, no mocks.
 */
import { describe, expect, it } from 'vitest';
import type { TranscriptFailureReason } from '../../core/transcripts/types';
import { createTranscriptService } from '../../core/transcripts/service';
import { body, hang, status, vtt } from '../support/caption-server';
import { html, json, playerClip, read, service, useProviderHosts } from '../support/player-services';
import { expectFailure, expectSuccess } from '../support/transcript-results';

const VIMEO_PAGE = read('players/vimeo/player.html');
const JW_MEDIA = read('players/jwplayer/media.json');
const SWEDISH = read('formats/webvtt/harbour-interview.sv.vtt');
const ENGLISH = read('formats/webvtt/harbour-interview.en.vtt');
const ENGLISH_SRT = read('formats/srt/harbour-interview.en.srt');
const jwMedia = (tracks: unknown[]) => json(JSON.stringify({ playlist: [{ mediaid: 'x', tracks }] }));

const served = useProviderHosts({
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
  'cdn.jwplayer.com/tracks/Dfxp0000.xml': body(read('formats/ttml/harbour-interview.sv.ttml'), 'application/xml'),
  'cdn.jwplayer.com/v2/media/Sami0000': jwMedia([{ file: 'https://cdn.jwplayer.com/tracks/Sami0000.smi', kind: 'captions', label: 'English' }]),
});

describe('Vimeo: the player page’s text tracks', () => {
  it('reads the page language’s track, from a relative address on the player’s host', async () => {
    const transcript = expectSuccess(await service().getTranscript(playerClip('vimeo', '76979871', { pageLang: 'sv' })));
    expect(transcript).toMatchObject({ lang: 'sv', label: 'Svenska (CC)', sourceUrl: 'https://player.vimeo.com/texttrack/1002.vtt?token=aa11_bb22' });
    expect(transcript.cues[0]).toEqual({ start: 1, end: 4.5, text: 'Välkommen ut till hamnen i Gävle.', speaker: 'Ingrid Lund' });
    expect(served.hosts.hits('player.vimeo.com/video/76979871')).toBe(1);
    expect(served.hosts.hits('captions.vimeo.com/captions/1001.vtt')).toBe(0);
  });

  it('takes captions people wrote before generated ones, even in a language read less', async () => {
    const transcript = expectSuccess(await service(['en', 'sv']).getTranscript(playerClip('vimeo', '76979871', { pageLang: 'en' })));
    expect(transcript.lang).toBe('sv');
  });

  it('falls back to the generated track, its language without the "-x-autogen" tag', async () => {
    served.hosts.setRoute('player.vimeo.com/texttrack/1002.vtt', status(404));
    try {
      const transcript = expectSuccess(await service().getTranscript(playerClip('vimeo', '76979871', { pageLang: 'en' })));
      expect(transcript).toMatchObject({ lang: 'en', label: 'English (auto-generated)', kind: 'generated' });
      expect(transcript.sourceUrl).toMatch(/^https:\/\/captions\.vimeo\.com\/captions\/1001\.vtt\?/);
      expect(transcript.cues[0]?.text).toBe('Welcome out to the harbour in Gävle.');
    } finally {
      served.hosts.setRoute('player.vimeo.com/texttrack/1002.vtt', vtt(SWEDISH));
    }
  });

  it('passes on the embed’s hash, which unlisted clips need, and nothing else of the frame’s address', async () => {
    const embedUrl = 'https://player.vimeo.com/video/76979871?h=9f2e61c0d4&autoplay=1&secret=x';
    expectSuccess(await service().getTranscript(playerClip('vimeo', '76979871', { embedUrl })));
    expect(served.hosts.requests('player.vimeo.com/video/76979871').map((r) => r.search)).toEqual(['?h=9f2e61c0d4']);
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

  it('asks for the player page as the frame would, from the embedding page’s origin, where the extension can', async () => {
    const asked: [string, string][] = [];
    const asEmbeddedIn = <T,>(url: string, pageOrigin: string, request: () => Promise<T>) => {
      asked.push([url, pageOrigin]);
      return request();
    };
    const transcripts = createTranscriptService({ preferredLanguages: () => ['sv'], asEmbeddedIn });
    expectSuccess(await transcripts.getTranscript(playerClip('vimeo', '76979871', { pageUrl: 'https://news.example/2026/harbour.html?utm=x' })));
    expect(asked).toEqual([['https://player.vimeo.com/video/76979871', 'https://news.example']]);
  });

  it('asks nothing for an id that is not Vimeo’s', async () => {
    expectFailure(await service().getTranscript(playerClip('vimeo', '../../admin')), 'none');
    expect(served.hosts.requests()).toHaveLength(0);
  });
});

describe('JW Player: the media API’s tracks', () => {
  it('reads the default captions track, not thumbnails or chapters', async () => {
    const transcript = expectSuccess(await service().getTranscript(playerClip('jwplayer', 'AbCd1234')));
    expect(transcript).toMatchObject({ label: 'Svenska', sourceUrl: 'https://cdn.jwplayer.com/tracks/SvVtt002.vtt' });
    expect(transcript.cues).toHaveLength(5);
    expect(served.hosts.hits('cdn.jwplayer.com/v2/media/AbCd1234')).toBe(1);
    expect(served.hosts.hits('cdn.jwplayer.com/strips/AbCd1234-120.vtt')).toBe(0);
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
    expect(served.hosts.requests()).toHaveLength(0);
  });
});
