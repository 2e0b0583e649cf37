// @vitest-environment node
/**
 * Brightcove’s Playback API as the shipped code meets it: it asks for https://players.brightcove.net/…
 * and https://edge.api.brightcove.com/…, and those hosts are mapped to a loopback server under a
 * test certificate (provider-hosts.ts). Real fetch, real TLS, no mocks.
 */
import { describe, expect, it } from 'vitest';
import type { MediaRef } from '../../core/media/types';
import type { TranscriptFailureReason } from '../../core/transcripts/types';
import { vtt } from '../support/caption-server';
import { json, playerClip, read, service, useProviderHosts } from '../support/player-services';
import { expectFailure, expectSuccess } from '../support/transcript-results';

const SWEDISH = read('formats/webvtt/harbour-interview.sv.vtt');
const ENGLISH = read('formats/webvtt/harbour-interview.en.vtt');
const BC_ACCOUNT = '1234567890001';
const BC_PLAYER = `players.brightcove.net/${BC_ACCOUNT}/rJk2Lq9_default`;
const BC_VIDEOS = `edge.api.brightcove.com/playback/v1/accounts/${BC_ACCOUNT}/videos/`;
const BC_CONFIG = read('players/brightcove/config.json');
const BC_VIDEO = read('players/brightcove/video.json');
const BC_POLICY_KEY: string = JSON.parse(BC_CONFIG).video_cloud.policy_key;
/** The same clip with its thumbnails track only. */
const BC_NO_CAPTIONS = {
  ...JSON.parse(BC_VIDEO),
  id: '6300000000005',
  text_tracks: JSON.parse(BC_VIDEO).text_tracks.filter((track: { kind: string }) => track.kind === 'metadata'),
};

const served = useProviderHosts({
  [`${BC_PLAYER}/config.json`]: json(BC_CONFIG),
  [`${BC_VIDEOS}6300000000001`]: json(BC_VIDEO),
  [`${BC_VIDEOS}6300000000002`]: json(
    JSON.stringify([
      { error_code: 'ACCESS_DENIED', error_subcode: 'CLIENT_GEO', message: 'Access to this resource is forbidden by access policy.' },
    ]),
    403,
  ),
  [`${BC_VIDEOS}6300000000003`]: json(
    JSON.stringify([{ error_code: 'VIDEO_NOT_FOUND', message: 'The designated resource was not found.' }]),
    404,
  ),
  [`${BC_VIDEOS}6300000000004`]: json(JSON.stringify([{ error_code: 'INVALID_POLICY_KEY' }]), 401),
  [`${BC_VIDEOS}6300000000005`]: json(JSON.stringify(BC_NO_CAPTIONS)),
  'manifest.prod.boltdns.net/captions/x/sv.vtt': vtt(SWEDISH),
  'manifest.prod.boltdns.net/captions/x/en.vtt': vtt(ENGLISH),
});

describe('Brightcove: the policy key from the player, the Playback API’s text tracks', () => {
  const clip = (videoId: string, extra: Partial<Extract<MediaRef, { source: 'player' }>> = {}) =>
    playerClip('brightcove', videoId, { embedUrl: `https://${BC_PLAYER}/index.html?videoId=${videoId}`, ...extra });

  it('asks the Playback API with the player’s policy key and reads the page language’s captions, from their sources when src is empty', async () => {
    const transcript = expectSuccess(await service().getTranscript(clip('6300000000001', { pageLang: 'sv' })));
    expect(transcript).toMatchObject({
      lang: 'sv',
      label: 'Svenska',
      sourceUrl: 'https://manifest.prod.boltdns.net/captions/x/sv.vtt?fastly_token=c',
    });
    expect(served.hosts.requests(`${BC_VIDEOS}6300000000001`).map((r) => r.accept)).toEqual([`application/json;pk=${BC_POLICY_KEY}`]);
    expect(served.hosts.hits('manifest.prod.boltdns.net/thumbnail/v1/x/thumbnail.webvtt')).toBe(0);
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
    expect(served.hosts.requests()).toHaveLength(0);
  });
});
