// @vitest-environment node
/**
 * The transcript service against a real HTTP server on 127.0.0.1: real fetch, real sockets, no
 * mocks. Each fault the server can stage must come back as the reason DESIGN.md names, and the
 * service's cache must save requests without keeping failures a retry could mend.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MediaRef, PageCaptionFile } from '../../core/media/types';
import { MAX_REDIRECTS } from '../../core/net/guarded-fetch';
import { createTranscriptService, type TranscriptServiceOptions } from '../../core/transcripts/service';
import type { TranscriptFailureReason } from '../../core/transcripts/types';
import {
  articleUrlBeside,
  body,
  hang,
  redirect,
  stall,
  startCaptionServer,
  status,
  stream,
  vtt,
  type CaptionServer,
  type Route,
} from '../support/caption-server';
import { expectFailure, expectSuccess } from '../support/transcript-results';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/webvtt/${name}`, import.meta.url), 'utf8');
const SWEDISH = fixture('harbour-interview.sv.vtt');
const ENGLISH = fixture('harbour-interview.en.vtt');
const NOTES_ONLY = fixture('no-cues-notes-only.vtt');
const NOT_WEBVTT = fixture('not-webvtt.srt.vtt');

/** Small limits, so the size and time faults resolve quickly. */
const MAX_BYTES = 64 * 1024;
const TIMEOUT_MS = 300;
/** Far more than MAX_BYTES, and more than loopback socket buffers hold, so an early stop shows. */
const OVERSIZED_BYTES = 32 * 1024 * 1024;

let server: CaptionServer;
/** The article's address: same host literal as the server, another port (the guard allows that). */
let pageUrl: string;

beforeAll(async () => {
  server = await startCaptionServer({
    '/captions/harbour.sv.vtt': vtt(SWEDISH),
    '/captions/harbour.en.vtt': vtt(ENGLISH),
    '/captions/slow.sv.vtt': vtt(SWEDISH, { delayMs: 100 }),
    '/captions/as-plain-text.vtt': body(ENGLISH, 'text/plain; charset=utf-8'),
    '/captions/missing.vtt': status(404),
    '/captions/forbidden.vtt': status(403),
    '/captions/broken.vtt': status(500),
    '/captions/blocked.vtt': status(451),
    '/captions/empty.vtt': vtt(''),
    '/captions/notes-only.vtt': vtt(NOTES_ONLY),
    '/captions/not-webvtt.vtt': vtt(NOT_WEBVTT),
    '/captions/login.html': body('<!doctype html><title>Sign in</title><p>Sign in to see captions</p>', 'text/html; charset=utf-8'),
    '/captions/huge.vtt': stream(OVERSIZED_BYTES),
    '/captions/huge-declared.vtt': stream(OVERSIZED_BYTES, { declareLength: true }),
    '/captions/never.vtt': hang(),
    '/captions/stalls.vtt': stall(),
    '/captions/moved.vtt': redirect('/captions/harbour.en.vtt', 301),
    '/captions/loop.vtt': redirect('/captions/loop.vtt'),
    '/captions/ping.vtt': redirect('/captions/pong.vtt', 307),
    '/captions/pong.vtt': redirect('/captions/ping.vtt', 307),
  });
  // Known only once the port is: a redirect to the same server under another host name.
  server.setRoute('/captions/to-localhost.vtt', redirect(`http://localhost:${server.port}/captions/refused-target.vtt`));
  server.setRoute('/captions/refused-target.vtt', vtt(SWEDISH));
  pageUrl = articleUrlBeside(server);
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.resetHits();
});

function track(path: string, lang?: string, extra: Partial<PageCaptionFile> = {}): PageCaptionFile {
  return { url: server.url(path), kind: 'captions', isDefault: false, ...(lang ? { lang, label: `Captions (${lang})` } : {}), ...extra };
}

function clip(tracks: PageCaptionFile[], extra: Partial<Omit<MediaRef, 'source' | 'tracks'>> = {}): MediaRef {
  return { id: 'media-0', source: 'html5', mediaType: 'video', title: 'Isen i hamnen', pageUrl, tracks, ...extra };
}

function service(options: Partial<TranscriptServiceOptions> = {}) {
  return createTranscriptService({
    preferredLanguages: () => ['en'],
    fetchLimits: { maxBytes: MAX_BYTES, timeoutMs: TIMEOUT_MS },
    ...options,
  });
}

describe('a served captions track', () => {
  it('comes back as cues with times, text and speakers', async () => {
    const result = await service().getTranscript(clip([track('/captions/harbour.sv.vtt', 'sv')], { pageLang: 'sv' }));

    const transcript = expectSuccess(result);
    expect(transcript).toMatchObject({ lang: 'sv', label: 'Captions (sv)', sourceUrl: server.url('/captions/harbour.sv.vtt') });
    expect(transcript.cues).toEqual([
      { start: 1, end: 4.5, text: 'Välkommen ut till hamnen i Gävle.', speaker: 'Ingrid Lund' },
      { start: 4.5, end: 8.25, text: 'Isen lade sig tidigt i år, redan i november.', speaker: 'Ingrid Lund' },
      { start: 8.25, end: 12, text: 'Vi fick bryta en ränna varje morgon för att färjan skulle komma fram.', speaker: 'Per Ek' },
      { start: 12, end: 15.75, text: 'Och fiskarna? Per säger att de väntar på våren.', speaker: 'Ingrid Lund' },
      { start: 16, end: 18, text: 'Måsarna skriker i bakgrunden.' },
    ]);
    expect(server.hits('/captions/harbour.sv.vtt')).toBe(1);
  });

  it('is accepted when served as text/plain', async () => {
    const transcript = expectSuccess(await service().getTranscript(clip([track('/captions/as-plain-text.vtt', 'en')])));
    expect(transcript.cues[0]).toEqual({ start: 1, end: 4.5, text: 'Welcome out to the harbour in Gävle.', speaker: 'Ingrid Lund' });
  });

  it('is followed through a same-host redirect, and the final address is the source', async () => {
    const transcript = expectSuccess(await service().getTranscript(clip([track('/captions/moved.vtt', 'en')])));
    expect(transcript.sourceUrl).toBe(server.url('/captions/harbour.en.vtt'));
    expect(transcript.cues).toHaveLength(5);
    expect(server.hits('/captions/moved.vtt')).toBe(1);
    expect(server.hits('/captions/harbour.en.vtt')).toBe(1);
  });
});

describe('choosing a track', () => {
  const bothTracks = () => [track('/captions/harbour.en.vtt', 'en', { isDefault: true }), track('/captions/harbour.sv.vtt', 'sv')];

  it("takes the page's language first: a Swedish page gets the Swedish track", async () => {
    const transcript = expectSuccess(await service().getTranscript(clip(bothTracks(), { pageLang: 'sv-SE' })));
    expect(transcript.lang).toBe('sv');
    expect(transcript.cues[0]?.text).toBe('Välkommen ut till hamnen i Gävle.');
    expect(server.hits('/captions/harbour.sv.vtt')).toBe(1);
    expect(server.hits('/captions/harbour.en.vtt')).toBe(0);
  });

  it("otherwise follows the reader's preferred languages, in order", async () => {
    const svFirst = service({ preferredLanguages: () => ['sv', 'en'] });
    expect(expectSuccess(await svFirst.getTranscript(clip(bothTracks()))).lang).toBe('sv');

    const enFirst = service({ preferredLanguages: () => ['en-GB', 'sv'] });
    const tracks = [track('/captions/harbour.sv.vtt', 'sv', { isDefault: true }), track('/captions/harbour.en.vtt', 'en')];
    expect(expectSuccess(await enFirst.getTranscript(clip(tracks))).lang).toBe('en');
    expect(server.hits('/captions/harbour.sv.vtt')).toBe(1); // only svFirst's request
  });

  it('falls through a missing best track to the next one', async () => {
    const tracks = [track('/captions/missing.vtt', 'sv'), track('/captions/harbour.en.vtt', 'en')];
    const transcript = expectSuccess(await service().getTranscript(clip(tracks, { pageLang: 'sv' })));
    expect(transcript.lang).toBe('en');
    expect(server.hits('/captions/missing.vtt')).toBe(1);
    expect(server.hits('/captions/harbour.en.vtt')).toBe(1);
  });

  it('reports the best track’s failure when every track fails', async () => {
    const tracks = [track('/captions/missing.vtt', 'sv'), track('/captions/login.html', 'en')];
    expectFailure(await service().getTranscript(clip(tracks, { pageLang: 'sv' })), 'not-found');
  });

  it("says 'none' for a clip without tracks, and asks nothing of the network", async () => {
    expectFailure(await service().getTranscript(clip([])), 'none');
    expect(server.requests()).toHaveLength(0);
  });
});

describe('a web player whose captions service Legible does not read yet', () => {
  it('says no captions were found, without a request', async () => {
    const player: MediaRef = {
      id: 'media-1',
      source: 'player',
      family: 'videojs',
      videoId: 'AbCd1234',
      mediaType: 'video',
      pageUrl,
      tracks: [],
    };
    const before = server.requests().length;
    const result = await service().getTranscript(player);
    expectFailure(result, 'none');
    expect(server.requests()).toHaveLength(before);
  });
});

describe('server faults map to reasons', () => {
  it.each<[string, TranscriptFailureReason, string]>([
    ['404', 'not-found', '/captions/missing.vtt'],
    ['500', 'network', '/captions/broken.vtt'],
    ['403', 'withheld', '/captions/forbidden.vtt'],
    ['451', 'geo-blocked', '/captions/blocked.vtt'],
    ['an empty 200', 'none', '/captions/empty.vtt'],
    ['a WebVTT file with no cues', 'none', '/captions/notes-only.vtt'],
    ['text/html instead of captions', 'unsupported', '/captions/login.html'],
    ['a file that is not WebVTT', 'malformed', '/captions/not-webvtt.vtt'],
  ])('%s → %s', async (_name, reason, path) => {
    expectFailure(await service().getTranscript(clip([track(path, 'sv')])), reason);
    expect(server.hits(path)).toBe(1);
  });

  it("stops reading a body larger than the limit: 'too-large'", async () => {
    expectFailure(await service().getTranscript(clip([track('/captions/huge.vtt', 'sv')])), 'too-large');
    // The client hung up early; the server never got to write the whole body.
    await vi.waitFor(() => expect(server.requests('/captions/huge.vtt')[0]?.closedEarly).toBe(true));
    expect(server.requests('/captions/huge.vtt')[0]!.bytesSent).toBeLessThan(OVERSIZED_BYTES / 2);
  });

  it("refuses a declared Content-Length over the limit without reading it: 'too-large'", async () => {
    expectFailure(await service().getTranscript(clip([track('/captions/huge-declared.vtt', 'sv')])), 'too-large');
    await vi.waitFor(() => expect(server.requests('/captions/huge-declared.vtt')[0]?.closedEarly).toBe(true));
    expect(server.requests('/captions/huge-declared.vtt')[0]!.bytesSent).toBeLessThan(OVERSIZED_BYTES / 2);
  });

  it("gives up on a server that never answers: 'timeout'", async () => {
    const started = performance.now();
    expectFailure(await service().getTranscript(clip([track('/captions/never.vtt', 'sv')])), 'timeout');
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + 2_000);
    expect(server.hits('/captions/never.vtt')).toBe(1);
  });

  it("gives up on a body that stops arriving: 'timeout'", async () => {
    expectFailure(await service().getTranscript(clip([track('/captions/stalls.vtt', 'sv')])), 'timeout');
  });

  it("stops a redirect loop after a bounded number of hops: 'network'", async () => {
    expectFailure(await service().getTranscript(clip([track('/captions/loop.vtt', 'sv')])), 'network');
    expect(server.hits('/captions/loop.vtt')).toBe(MAX_REDIRECTS + 1);

    const strict = service({ fetchLimits: { maxBytes: MAX_BYTES, timeoutMs: TIMEOUT_MS, maxRedirects: 2 } });
    expectFailure(await strict.getTranscript(clip([track('/captions/ping.vtt', 'sv')])), 'network');
    expect(server.hits('/captions/ping.vtt') + server.hits('/captions/pong.vtt')).toBe(3);
  });
});

describe('the fetch guard, over a real socket', () => {
  it("refuses a redirect to another local host name, before any request reaches it: 'refused'", async () => {
    expectFailure(await service().getTranscript(clip([track('/captions/to-localhost.vtt', 'sv')])), 'refused');
    expect(server.hits('/captions/to-localhost.vtt')).toBe(1);
    expect(server.hits('/captions/refused-target.vtt')).toBe(0);
    expect(server.requests().map((r) => r.host)).not.toContain(`localhost:${server.port}`);
  });

  it("refuses a track on localhost when the page is on 127.0.0.1: 'refused', no request at all", async () => {
    const refused: PageCaptionFile = {
      url: `http://localhost:${server.port}/captions/harbour.sv.vtt`,
      kind: 'captions',
      lang: 'sv',
      isDefault: true,
    };
    expectFailure(await service().getTranscript(clip([refused])), 'refused');
    expect(server.requests()).toHaveLength(0);
  });

  it('moves on from a refused track to an allowed one', async () => {
    const refused: PageCaptionFile = {
      url: `http://localhost:${server.port}/captions/harbour.sv.vtt`,
      kind: 'captions',
      lang: 'sv',
      isDefault: true,
    };
    const transcript = expectSuccess(
      await service().getTranscript(clip([refused, track('/captions/harbour.en.vtt', 'en')], { pageLang: 'sv' })),
    );
    expect(transcript.lang).toBe('en');
    expect(server.requests().map((r) => r.path)).toEqual(['/captions/harbour.en.vtt']);
  });
});

describe('caching', () => {
  it('answers a second request for the same clip without the network', async () => {
    const transcripts = service();
    const first = await transcripts.getTranscript(clip([track('/captions/harbour.sv.vtt', 'sv')]));
    // A fresh but equal MediaRef, as when the reader opens again on the same page.
    const second = await transcripts.getTranscript(clip([track('/captions/harbour.sv.vtt', 'sv')]));
    expect(expectSuccess(second)).toEqual(expectSuccess(first));
    expect(server.hits('/captions/harbour.sv.vtt')).toBe(1);
  });

  it('shares one request between two concurrent calls', async () => {
    const transcripts = service();
    const media = clip([track('/captions/slow.sv.vtt', 'sv')]);
    const [a, b] = await Promise.all([transcripts.getTranscript(media), transcripts.getTranscript(media)]);
    expect(expectSuccess(a).cues).toHaveLength(5);
    expect(b).toEqual(a);
    expect(server.hits('/captions/slow.sv.vtt')).toBe(1);
  });

  it("keeps a lasting failure such as 'not-found'", async () => {
    const transcripts = service();
    const media = clip([track('/captions/missing.vtt', 'sv')]);
    expectFailure(await transcripts.getTranscript(media), 'not-found');
    expectFailure(await transcripts.getTranscript(media), 'not-found');
    expect(server.hits('/captions/missing.vtt')).toBe(1);
  });

  it("does not keep a 'network' failure: a retry after the server mends succeeds", async () => {
    const path = '/captions/flaky.vtt';
    server.setRoute(path, status(500));
    const transcripts = service();
    const media = clip([track(path, 'sv')]);

    expectFailure(await transcripts.getTranscript(media), 'network');
    server.setRoute(path, vtt(SWEDISH));
    expect(expectSuccess(await transcripts.getTranscript(media)).cues).toHaveLength(5);
    expect(expectSuccess(await transcripts.getTranscript(media)).cues).toHaveLength(5);
    expect(server.hits(path)).toBe(2);
  });

  it("does not keep a 'timeout': a retry after the server mends succeeds", async () => {
    const path = '/captions/sleepy.vtt';
    server.setRoute(path, hang());
    const transcripts = service();
    const media = clip([track(path, 'sv')]);

    expectFailure(await transcripts.getTranscript(media), 'timeout');
    server.setRoute(path, vtt(SWEDISH));
    expectSuccess(await transcripts.getTranscript(media));
    expect(server.hits(path)).toBe(2);
  });

  it('does not keep a failure a retry could mend even when a better track failed for good first', async () => {
    const path = '/captions/flaky-second.vtt';
    server.setRoute(path, status(503));
    const transcripts = service();
    const media = clip([track('/captions/missing.vtt', 'sv'), track(path, 'en')], { pageLang: 'sv' });

    expect((await transcripts.getTranscript(media)).ok).toBe(false);
    server.setRoute(path, vtt(ENGLISH));
    expect(expectSuccess(await transcripts.getTranscript(media)).lang).toBe('en');
    expect(server.hits(path)).toBe(2);
  });
});

describe('the caption server helper', () => {
  it('answers unknown paths with 404 and counts them', async () => {
    const response = await fetch(server.url('/nowhere'));
    expect(response.status).toBe(404);
    await response.text();
    expect(server.hits('/nowhere')).toBe(1);
  });

  it('gives each server its own free port and its own counters', async () => {
    const own = await startCaptionServer({ '/a': { kind: 'status', status: 204 } satisfies Route });
    try {
      expect(own.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(own.port).not.toBe(server.port);
      expect((await fetch(own.url('/a'))).status).toBe(204);
      expect(own.hits('/a')).toBe(1);
      expect(server.hits('/a')).toBe(0);
    } finally {
      await own.close();
    }
  });
});
