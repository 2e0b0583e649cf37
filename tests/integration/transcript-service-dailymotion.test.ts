// @vitest-environment node
/**
 * Dailymotion’s player metadata as the shipped code meets it: it asks for
 * https://www.dailymotion.com/player/metadata/…, and that host is mapped to a loopback server under a
 * test certificate (provider-hosts.ts). Real fetch, real TLS, no mocks.
 */
import { describe, expect, it } from 'vitest';
import type { TranscriptFailureReason } from '../../core/transcripts/types';
import { vtt } from '../support/caption-server';
import { json, playerClip, read, service, useProviderHosts } from '../support/player-services';
import { expectFailure, expectSuccess } from '../support/transcript-results';

const SWEDISH = read('formats/webvtt/harbour-interview.sv.vtt');
const DM_METADATA = 'www.dailymotion.com/player/metadata/video/';

useProviderHosts({
  [`${DM_METADATA}x8hamn1`]: json(read('players/dailymotion/metadata.json')),
  'static2.dmcdn.net/static/video/1/x8hamn1:subtitle_sv.vtt': vtt(SWEDISH),
  [`${DM_METADATA}x8geo01`]: json(JSON.stringify({ error: { code: 'DM007', title: 'Video geo-restricted by the owner' } })),
  [`${DM_METADATA}x8priv1`]: json(JSON.stringify({ error: { code: 'DM003', title: 'Private video' } })),
  [`${DM_METADATA}x8none1`]: json(JSON.stringify({ title: 'Tyst', subtitles: { enable: false, data: [] } })),
});

describe('Dailymotion: the player metadata’s subtitles', () => {
  it('reads the page language’s subtitles', async () => {
    const transcript = expectSuccess(await service().getTranscript(playerClip('dailymotion', 'x8hamn1', { pageLang: 'sv' })));
    expect(transcript).toMatchObject({
      lang: 'sv',
      label: 'Svenska',
      sourceUrl: 'https://static2.dmcdn.net/static/video/1/x8hamn1:subtitle_sv.vtt?sec=b',
    });
  });

  it.each<[string, string, TranscriptFailureReason]>([
    ['a geo-restricted clip (DM007)', 'x8geo01', 'geo-blocked'],
    ['a private clip', 'x8priv1', 'withheld'],
    ['a clip without subtitles', 'x8none1', 'none'],
  ])('%s → %s', async (_name, id, reason) => {
    expectFailure(await service().getTranscript(playerClip('dailymotion', id)), reason);
  });
});
