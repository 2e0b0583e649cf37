// @vitest-environment node
/**
 * Text tracks of a DASH stream: the manifest's sidecar files, their addresses resolved through
 * every BaseURL, served by a real HTTP server on 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MediaRef } from '../../core/media/types';
import { createTranscriptService } from '../../core/transcripts/service';
import { body, startCaptionServer, status, vtt, type CaptionServer } from '../support/caption-server';
import { expectSuccess } from '../support/transcript-results';

const read = (path: string) => readFileSync(join(import.meta.dirname, '../fixtures/formats', path), 'utf8');
const TEXT = '/dash/media/period-0/text/';
let server: CaptionServer;

beforeAll(async () => {
  server = await startCaptionServer({
    '/dash/manifest.mpd': body(read('dash-text/manifest.mpd'), 'application/dash+xml'),
    [`${TEXT}sv-closed.vtt`]: vtt(read('webvtt/harbour-interview.sv.vtt')),
    [`${TEXT}en.ttml`]: body(read('ttml/harbour-interview.sv.ttml').replace('xml:lang="sv"', 'xml:lang="en"'), 'application/ttml+xml'),
    [`${TEXT}sv-forced.vtt`]: vtt('WEBVTT\n\n00:00:09.000 --> 00:00:11.000\nHello.\n'),
  });
});
afterAll(() => server.close());
beforeEach(() => server.resetHits());

const stream = (pageLang?: string): MediaRef => ({
  id: 'clip-1',
  source: 'json-ld',
  mediaType: 'video',
  pageUrl: `${server.origin}/article.html`,
  ...(pageLang ? { pageLang } : {}),
  tracks: [{ url: server.url('/dash/manifest.mpd'), kind: 'captions', isDefault: false, type: 'application/dash+xml' }],
});
const service = (preferred = ['en']) => createTranscriptService({ preferredLanguages: () => preferred });

describe('DASH text tracks', () => {
  it('reads the captions of all speech in the page’s language, its address resolved through every BaseURL', async () => {
    const transcript = expectSuccess(await service().getTranscript(stream('sv')));
    expect(transcript).toMatchObject({ lang: 'sv', sourceUrl: server.url(`${TEXT}sv-closed.vtt`) });
    expect(transcript.cues).toHaveLength(5);
    expect(server.hits('/dash/media/period-0/text/sv/init.mp4')).toBe(0);
  });

  it('reads a TTML track in the reader’s language', async () => {
    const transcript = expectSuccess(await service(['en']).getTranscript(stream()));
    expect(transcript).toMatchObject({ lang: 'en', sourceUrl: server.url(`${TEXT}en.ttml`) });
    expect(transcript.cues[0]).toEqual({ start: 1, end: 4.5, text: 'Välkommen ut till hamnen i Gävle.' });
  });

  it('falls back to forced subtitles, marked as such, when the captions are gone', async () => {
    server.setRoute(`${TEXT}sv-closed.vtt`, status(404));
    try {
      const transcript = expectSuccess(await service(['sv']).getTranscript(stream('sv')));
      expect(transcript).toMatchObject({ caveat: 'forced', cues: [{ start: 9, end: 11, text: 'Hello.' }] });
    } finally {
      server.setRoute(`${TEXT}sv-closed.vtt`, vtt(read('webvtt/harbour-interview.sv.vtt')));
    }
  });

  it("says 'malformed' for a manifest that is not one", async () => {
    server.setRoute('/dash/broken.mpd', body('<MPD><Period>', 'application/dash+xml'));
    const media = {
      ...stream(),
      tracks: [{ url: server.url('/dash/broken.mpd'), kind: 'captions' as const, isDefault: false, type: 'application/dash+xml' }],
    };
    const result = await service().getTranscript(media);
    expect(result.ok ? 'ok' : result.reason).toBe('malformed');
  });
});
