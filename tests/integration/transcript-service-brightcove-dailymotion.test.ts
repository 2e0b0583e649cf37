// @vitest-environment node
/**
 * Brightcove’s Playback API and Dailymotion’s player metadata as the shipped code meets them: it
 * asks for https://edge.api.brightcove.com/… and https://www.dailymotion.com/player/metadata/…,
 * and those hosts are mapped to a loopback server under a test certificate (provider-hosts.ts).
 * Real fetch, real TLS, no mocks.
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
const BC_POLICY_KEY = 'BCpkTEST-legible.policy_key';
const brightcoveTracks = [
  { src: 'https://manifest.prod.boltdns.net/thumbnail/v1/x/thumbnail.webvtt', kind: 'metadata', label: 'thumbnails', mime_type: 'text/webvtt', default: false },
  { src: null, sources: [{ src: 'https://manifest.prod.boltdns.net/captions/x/sv.vtt?fastly_token=c' }], srclang: 'sv', label: 'Svenska', kind: 'captions', mime_type: 'text/webvtt', default: false },
  { src: 'https://manifest.prod.boltdns.net/captions/x/en.vtt?fastly_token=d', srclang: 'en', label: 'English', kind: 'captions', mime_type: 'text/vtt', default: true },
];
const DM_METADATA = 'www.dailymotion.com/player/metadata/video/';

const served = useProviderHosts({
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
});

describe('Brightcove: the policy key from the player, the Playback API’s text tracks', () => {
  const clip = (videoId: string, extra: Partial<Extract<MediaRef, { source: 'player' }>> = {}) =>
    playerClip('brightcove', videoId, { embedUrl: `https://${BC_PLAYER}/index.html?videoId=${videoId}`, ...extra });

  it('asks the Playback API with the player’s policy key and reads the page language’s captions, from their sources when src is empty', async () => {
    const transcript = expectSuccess(await service().getTranscript(clip('6300000000001', { pageLang: 'sv' })));
    expect(transcript).toMatchObject({ lang: 'sv', label: 'Svenska', sourceUrl: 'https://manifest.prod.boltdns.net/captions/x/sv.vtt?fastly_token=c' });
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
