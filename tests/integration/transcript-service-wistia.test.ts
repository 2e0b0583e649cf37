// @vitest-environment node
/**
 * Wistia's captions as the shipped code meets them: it asks for https://fast.wistia.com/…, and
 * that host is mapped to a loopback server under a test certificate (provider-hosts.ts). Real
 * fetch, real TLS, no mocks.
 */
import { describe, expect, it } from 'vitest';
import type { TranscriptFailureReason } from '../../core/transcripts/types';
import { byQuery, status, vtt } from '../support/caption-server';
import { json, playerClip, read, service, useProviderHosts } from '../support/player-services';
import { expectFailure, expectSuccess } from '../support/transcript-results';

const CAPTIONS = 'fast.wistia.com/embed/captions/';
const SWEDISH = read('formats/webvtt/harbour-interview.sv.vtt');
const ENGLISH = read('formats/webvtt/harbour-interview.en.vtt');
const byLanguage = (files: Record<string, string>) =>
  byQuery((query) => (files[query.get('language') ?? ''] ? vtt(files[query.get('language') ?? '']!) : undefined));

const served = useProviderHosts({
  [`${CAPTIONS}h4mn1s0f3r.json`]: json(read('players/wistia/captions.json')),
  [`${CAPTIONS}h4mn1s0f3r.vtt`]: byLanguage({ eng: ENGLISH, swe: SWEDISH }),
  [`${CAPTIONS}g0neg0neg0.json`]: json('{"error": true, "iframe": true}'),
  [`${CAPTIONS}n0capt10ns.json`]: json('{"captions": []}'),
  [`${CAPTIONS}br0kenjs0n.json`]: json('{"captions": [ {'),
  [`${CAPTIONS}s1lentv1d0.json`]: json(JSON.stringify({ captions: [{ language: 'eng' }] })),
  [`${CAPTIONS}s1lentv1d0.vtt`]: status(404),
  [`${CAPTIONS}f0rb1dden0.json`]: status(403),
});

describe('Wistia: the captions list’s languages, each a WebVTT file', () => {
  it('reads the page language’s captions, its three-letter code read as the browser’s two', async () => {
    const transcript = expectSuccess(await service().getTranscript(playerClip('wistia', 'h4mn1s0f3r', { pageLang: 'sv' })));
    expect(transcript).toMatchObject({
      lang: 'sv',
      label: 'Swedish',
      sourceUrl: 'https://fast.wistia.com/embed/captions/h4mn1s0f3r.vtt?language=swe',
    });
    expect(transcript.cues[0]).toMatchObject({ start: 1, text: 'Välkommen ut till hamnen i Gävle.' });
    expect(served.hosts.requests(`${CAPTIONS}h4mn1s0f3r.vtt`).map((request) => request.search)).toEqual(['?language=swe']);
  });

  it('takes the reader’s own languages where the page’s has no captions', async () => {
    const transcript = expectSuccess(await service(['en']).getTranscript(playerClip('wistia', 'h4mn1s0f3r', { pageLang: 'fi' })));
    expect(transcript).toMatchObject({ lang: 'en', label: 'English' });
  });

  it.each<[string, string, TranscriptFailureReason]>([
    ['a media Wistia no longer has (an error in a 200 answer)', 'g0neg0neg0', 'none'],
    ['a media without captions', 'n0capt10ns', 'none'],
    ['a captions list that is not JSON', 'br0kenjs0n', 'malformed'],
    ['a listed language whose file is missing', 's1lentv1d0', 'not-found'],
    ['a refused captions list', 'f0rb1dden0', 'withheld'],
  ])('%s → %s', async (_name, id, reason) => {
    expectFailure(await service().getTranscript(playerClip('wistia', id)), reason);
  });

  it('asks nothing for an id that is not a Wistia media id', async () => {
    expectFailure(await service().getTranscript(playerClip('wistia', '../../x')), 'none');
    expect(served.hosts.requests()).toHaveLength(0);
  });
});
