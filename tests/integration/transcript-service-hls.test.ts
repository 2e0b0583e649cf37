// @vitest-environment node
/**
 * Subtitles of an HLS stream: a master playlist's subtitle renditions, and a media playlist's
 * WebVTT segments stitched into one transcript, served by a real HTTP server on 127.0.0.1.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MediaRef } from '../../core/media/types';
import { createTranscriptService } from '../../core/transcripts/service';
import { body, startCaptionServer, status, type CaptionServer, type Route } from '../support/caption-server';
import { expectSuccess } from '../support/transcript-results';

const HLS = join(import.meta.dirname, '../fixtures/formats/hls-webvtt');
const PLAYLIST_TYPE = 'application/vnd.apple.mpegurl';

/** Every file of the fixture folder at /hls/<path>, playlists with HLS's media type. */
function hlsRoutes(dir = HLS, prefix = '/hls/'): Record<string, Route> {
  return Object.fromEntries(
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return Object.entries(hlsRoutes(path, `${prefix}${name}/`));
      return [[`${prefix}${name}`, body(readFileSync(path, 'utf8'), name.endsWith('.m3u8') ? PLAYLIST_TYPE : 'text/vtt')]];
    }),
  );
}

let server: CaptionServer;

beforeAll(async () => {
  server = await startCaptionServer({ ...hlsRoutes(), '/hls/login.m3u8': body('<!doctype html><title>Sign in</title>', 'text/html') });
});
afterAll(() => server.close());
beforeEach(() => server.resetHits());

function stream(path: string, pageLang?: string): MediaRef {
  return {
    id: 'clip-1',
    source: 'json-ld',
    mediaType: 'video',
    pageUrl: `${server.origin}/article.html`,
    ...(pageLang ? { pageLang } : {}),
    tracks: [{ url: server.url(path), kind: 'captions', isDefault: false, type: PLAYLIST_TYPE }],
  };
}

const service = (preferred = ['en']) => createTranscriptService({ preferredLanguages: () => preferred });

describe('HLS subtitles', () => {
  it('takes the rendition that transcribes all dialogue over the forced default, and stitches its segments on the stream’s clock', async () => {
    const transcript = expectSuccess(await service().getTranscript(stream('/hls/master.m3u8', 'sv')));
    expect(transcript.lang).toBe('sv');
    expect(transcript.cues).toEqual([
      { start: 1, end: 3, text: 'Välkommen ut till hamnen.' },
      { start: 3.5, end: 5.5, text: 'Isen lade sig tidigt.' },
      { start: 6, end: 8, text: '(Måsar skriker)' },
      { start: 8.5, end: 11, text: 'Vi bröt en ränna varje morgon.' },
    ]);
    expect(server.hits('/hls/segments/sv-closed-00003.vtt')).toBe(1);
    expect(server.hits('/hls/sv-forced.m3u8')).toBe(0);
  });

  it('follows the reader’s language among the renditions', async () => {
    const transcript = expectSuccess(await service(['en']).getTranscript(stream('/hls/master.m3u8')));
    expect(transcript).toMatchObject({ lang: 'en', cues: [{ start: 1, end: 3, text: 'Welcome out to the harbour.' }] });
  });

  it('falls back rendition by rendition, and marks forced subtitles as such', async () => {
    server.setRoute('/hls/sv-closed.m3u8', status(404));
    server.setRoute('/hls/en.m3u8', status(404));
    try {
      const transcript = expectSuccess(await service().getTranscript(stream('/hls/master.m3u8', 'sv')));
      expect(transcript).toMatchObject({ lang: 'sv', caveat: 'forced', cues: [{ start: 9, end: 11, text: 'Hello.' }] });
      server.setRoute('/hls/sv-forced.m3u8', status(404));
      const none = await service().getTranscript(stream('/hls/master.m3u8', 'sv'));
      expect(none.ok ? 'ok' : none.reason).toBe('not-found');
    } finally {
      server.setRoute('/hls/sv-forced.m3u8', body(readFileSync(join(HLS, 'sv-forced.m3u8'), 'utf8'), PLAYLIST_TYPE));
      server.setRoute('/hls/sv-closed.m3u8', body(readFileSync(join(HLS, 'sv-closed.m3u8'), 'utf8'), PLAYLIST_TYPE));
      server.setRoute('/hls/en.m3u8', body(readFileSync(join(HLS, 'en.m3u8'), 'utf8'), PLAYLIST_TYPE));
    }
  });

  it('reads a media playlist given directly', async () => {
    const transcript = expectSuccess(await service().getTranscript(stream('/hls/sv-closed.m3u8')));
    expect(transcript.cues).toHaveLength(4);
  });

  it("says 'none' for a stream without subtitle renditions", async () => {
    const result = await service().getTranscript(stream('/hls/no-subtitles.m3u8'));
    expect(result.ok ? 'ok' : result.reason).toBe('none');
  });

  it('fails as the missing segment does', async () => {
    server.setRoute('/hls/sv-closed-00002.vtt', status(404));
    try {
      const result = await service().getTranscript(stream('/hls/sv-closed.m3u8'));
      expect(result.ok ? 'ok' : result.reason).toBe('not-found');
    } finally {
      server.setRoute('/hls/sv-closed-00002.vtt', body(readFileSync(join(HLS, 'sv-closed-00002.vtt'), 'utf8'), 'text/vtt'));
    }
  });

  it("refuses an HTML page in a playlist's place as 'unsupported'", async () => {
    const result = await service().getTranscript(stream('/hls/login.m3u8'));
    expect(result.ok ? 'ok' : result.reason).toBe('unsupported');
  });
});
