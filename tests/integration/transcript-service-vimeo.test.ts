// @vitest-environment node
/**
 * Vimeo’s captions service as the shipped code meets it: it asks for https://player.vimeo.com/…,
 * and that host is mapped to a loopback server under a test certificate (provider-hosts.ts). Real
 * fetch, real TLS, no mocks.
 */
import { describe, expect, it } from 'vitest';
import type { TranscriptFailureReason } from '../../core/transcripts/types';
import { createTranscriptService } from '../../core/transcripts/service';
import { status, vtt } from '../support/caption-server';
import { html, playerClip, read, service, useProviderHosts } from '../support/player-services';
import { expectFailure, expectSuccess } from '../support/transcript-results';

const VIMEO_PAGE = read('players/vimeo/player.html');
const SWEDISH = read('formats/webvtt/harbour-interview.sv.vtt');
const ENGLISH = read('formats/webvtt/harbour-interview.en.vtt');

const served = useProviderHosts({
  'player.vimeo.com/video/76979871': html(VIMEO_PAGE),
  'captions.vimeo.com/captions/1001.vtt': vtt(ENGLISH),
  'player.vimeo.com/texttrack/1002.vtt': vtt(SWEDISH),
  'player.vimeo.com/video/404': status(404),
  'player.vimeo.com/video/403': status(403),
  'player.vimeo.com/video/500': status(500),
  'player.vimeo.com/video/700': html('<!doctype html><title>Vimeo</title><p>Something went wrong</p>'),
  'player.vimeo.com/video/800': html('<script>window.playerConfig = {"request":{"files":{}},"video":{"id":800}}</script>'),
  'player.vimeo.com/video/900': html(
    '<script>window.playerConfig = {"request":{"text_tracks":[{"lang":"fi","url":"/texttrack/9.vtt"}]}}</script>',
  ),
  'player.vimeo.com/texttrack/9.vtt': status(404),
});

describe('Vimeo: the player page’s text tracks', () => {
  it('reads the page language’s track, from a relative address on the player’s host', async () => {
    const transcript = expectSuccess(await service().getTranscript(playerClip('vimeo', '76979871', { pageLang: 'sv' })));
    expect(transcript).toMatchObject({
      lang: 'sv',
      label: 'Svenska (CC)',
      sourceUrl: 'https://player.vimeo.com/texttrack/1002.vtt?token=aa11_bb22',
    });
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
      expect(transcript).toMatchObject({ lang: 'en', label: 'English (auto-generated)', caveat: 'generated' });
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
    const asEmbeddedIn = <T>(url: string, pageOrigin: string, request: () => Promise<T>) => {
      asked.push([url, pageOrigin]);
      return request();
    };
    const transcripts = createTranscriptService({ preferredLanguages: () => ['sv'], asEmbeddedIn });
    expectSuccess(
      await transcripts.getTranscript(playerClip('vimeo', '76979871', { pageUrl: 'https://news.example/2026/harbour.html?utm=x' })),
    );
    expect(asked).toEqual([['https://player.vimeo.com/video/76979871', 'https://news.example']]);
  });

  it('asks nothing for an id that is not Vimeo’s', async () => {
    expectFailure(await service().getTranscript(playerClip('vimeo', '../../admin')), 'none');
    expect(served.hosts.requests()).toHaveLength(0);
  });
});
