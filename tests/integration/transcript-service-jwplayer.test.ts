// @vitest-environment node
/**
 * JW Player’s media API as the shipped code meets it: it asks for https://cdn.jwplayer.com/…, and
 * that host is mapped to a loopback server under a test certificate (provider-hosts.ts). Real fetch,
 * real TLS, no mocks.
 */
import { describe, expect, it } from 'vitest';
import type { TranscriptFailureReason } from '../../core/transcripts/types';
import { body, hang, status, vtt } from '../support/caption-server';
import { html, json, playerClip, read, service, useProviderHosts } from '../support/player-services';
import { expectFailure, expectSuccess } from '../support/transcript-results';

const JW_MEDIA = read('players/jwplayer/media.json');
const SWEDISH = read('formats/webvtt/harbour-interview.sv.vtt');
const ENGLISH_SRT = read('formats/srt/harbour-interview.en.srt');
const jwMedia = (tracks: unknown[]) => json(JSON.stringify({ playlist: [{ mediaid: 'x', tracks }] }));

const served = useProviderHosts({
  'cdn.jwplayer.com/v2/media/AbCd1234': json(JW_MEDIA),
  'cdn.jwplayer.com/tracks/EnSrt001.srt': body(ENGLISH_SRT, 'application/x-subrip'),
  'cdn.jwplayer.com/tracks/SvVtt002.vtt': vtt(SWEDISH),
  'cdn.jwplayer.com/v2/media/SrtOnly1': jwMedia([
    { file: 'https://cdn.jwplayer.com/tracks/EnSrt001.srt', kind: 'captions', label: 'English' },
  ]),
  'cdn.jwplayer.com/v2/media/Gone0000': status(404),
  'cdn.jwplayer.com/v2/media/Html0000': html('<!doctype html><title>Sign in</title>'),
  'cdn.jwplayer.com/v2/media/Bad00000': json('{"playlist": [ {"tracks": '),
  'cdn.jwplayer.com/v2/media/Slow0000': hang(),
  'cdn.jwplayer.com/v2/media/NoCc0000': jwMedia([{ file: 'https://cdn.jwplayer.com/strips/x.vtt', kind: 'thumbnails' }]),
  'cdn.jwplayer.com/v2/media/Dfxp0000': jwMedia([
    { file: 'https://cdn.jwplayer.com/tracks/Dfxp0000.xml', kind: 'captions', label: 'Svenska' },
  ]),
  'cdn.jwplayer.com/tracks/Dfxp0000.xml': body(read('formats/ttml/harbour-interview.sv.ttml'), 'application/xml'),
  'cdn.jwplayer.com/v2/media/Sami0000': jwMedia([
    { file: 'https://cdn.jwplayer.com/tracks/Sami0000.smi', kind: 'captions', label: 'English' },
  ]),
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
    expect(transcript.cues.map((cue) => cue.text)).toEqual([
      'The ferry leaves at dawn.',
      'Skipper: Keep the red light on your left.',
      '[engine hum]',
    ]);
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
