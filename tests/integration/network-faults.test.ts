// @vitest-environment node
/**
 * Every way a captions server can fail, staged by a real server on loopback: each ends within its
 * stated time, as the reason the card shows (retryable ones offer *try again*), and a good clip
 * asked for beside them still gets its words. Real fetch, real sockets, no mocks.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaRef } from '../../core/media/types';
import { createTranscriptService } from '../../core/transcripts/service';
import { isRetryableReason, type TranscriptFailureReason } from '../../core/transcripts/types';
import {
  body,
  drip,
  hang,
  redirect,
  reset,
  startCaptionServer,
  stall,
  status,
  stream,
  vtt,
  type CaptionServer,
  type Route,
} from '../support/caption-server';
import { expectSuccess } from '../support/transcript-results';

const CAPTIONS = 'WEBVTT\n\n00:01.000 --> 00:03.000\nThe ice came in November.\n\n00:03.000 --> 00:05.000\nAnd stayed until April.\n';
const MAX_BYTES = 64 * 1024;
const TIMEOUT_MS = 500;
/** What a fault that needs no timer may take on a loaded two-core machine. */
const QUICK_MS = 1_000;
/** A fault that waits for the timeout ends soon after it. */
const TIMED_MS = TIMEOUT_MS + 1_000;

/**
 * 48 MiB of zeros in about 48 KB, under the size limit as sent, so only the limit on what it
 * unpacks to can stop it: gzip members of 16 MiB each, one after another, as a stream may hold.
 */
const GZIP_BOMB = Buffer.concat(Array.from({ length: 3 }, () => gzipSync(Buffer.alloc(16 * 1024 * 1024), { level: 9 })));

type Fault = { name: string; route: Route; reason: TranscriptFailureReason; withinMs: number };

const FAULTS: Fault[] = [
  { name: 'never answers', route: hang(), reason: 'timeout', withinMs: TIMED_MS },
  { name: 'answers, then stalls', route: stall(), reason: 'timeout', withinMs: TIMED_MS },
  { name: 'drips the file a byte at a time', route: drip(CAPTIONS, 50), reason: 'timeout', withinMs: TIMED_MS },
  { name: 'resets the connection before a byte', route: reset(CAPTIONS, 0), reason: 'network', withinMs: QUICK_MS },
  {
    name: 'resets it halfway through a declared length',
    route: reset(CAPTIONS, 20, Buffer.byteLength(CAPTIONS)),
    reason: 'network',
    withinMs: QUICK_MS,
  },
  { name: 'redirects to itself', route: redirect('/faults/loop.vtt'), reason: 'network', withinMs: QUICK_MS },
  { name: '404', route: status(404), reason: 'not-found', withinMs: QUICK_MS },
  { name: '410', route: status(410), reason: 'not-found', withinMs: QUICK_MS },
  { name: '401', route: status(401), reason: 'withheld', withinMs: QUICK_MS },
  { name: '403', route: status(403), reason: 'withheld', withinMs: QUICK_MS },
  { name: '429', route: status(429), reason: 'network', withinMs: QUICK_MS },
  { name: '451', route: status(451), reason: 'geo-blocked', withinMs: QUICK_MS },
  { name: '500', route: status(500), reason: 'network', withinMs: QUICK_MS },
  { name: '503', route: status(503), reason: 'network', withinMs: QUICK_MS },
  { name: 'an empty 200', route: vtt(''), reason: 'none', withinMs: QUICK_MS },
  {
    name: 'a web page instead of captions',
    route: body('<!doctype html><p>Sign in</p>', 'text/html'),
    reason: 'unsupported',
    withinMs: QUICK_MS,
  },
  {
    name: 'an image instead of captions',
    route: body(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
    reason: 'unsupported',
    withinMs: QUICK_MS,
  },
  {
    name: 'binary bytes labelled as captions',
    route: body(Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0x1b]), 'text/vtt'),
    reason: 'malformed',
    withinMs: QUICK_MS,
  },
  { name: 'a 50 MB body', route: stream(50 * 1024 * 1024), reason: 'too-large', withinMs: QUICK_MS },
  { name: 'a 50 MB body it declares', route: stream(50 * 1024 * 1024, { declareLength: true }), reason: 'too-large', withinMs: QUICK_MS },
  {
    name: 'a gzip bomb',
    route: body(GZIP_BOMB, 'text/vtt', { headers: { 'content-encoding': 'gzip' } }),
    reason: 'too-large',
    withinMs: QUICK_MS,
  },
];

let server: CaptionServer;
const pathOf = (fault: Fault) => `/faults/${encodeURIComponent(fault.name)}.vtt`;

beforeAll(async () => {
  server = await startCaptionServer(Object.fromEntries(FAULTS.map((fault) => [pathOf(fault), fault.route])));
  server.setRoute('/faults/loop.vtt', redirect('/faults/loop.vtt'));
  server.setRoute(pathOf(FAULTS.find((fault) => fault.name === 'redirects to itself')!), redirect('/faults/loop.vtt'));
  server.setRoute('/good.vtt', vtt(CAPTIONS));
  // A file cut off inside a character, and one with Latin-1 bytes inside UTF-8.
  server.setRoute(
    '/truncated-utf8.vtt',
    body(Buffer.concat([Buffer.from(CAPTIONS.replace('ice', 'is – ice')), Buffer.from([0xe2, 0x80])]), 'text/vtt'),
  );
  server.setRoute(
    '/mixed-encodings.vtt',
    body(
      Buffer.concat([Buffer.from('WEBVTT\n\n00:01.000 --> 00:03.000\nSmörgås '), Buffer.from('och r\xe4ka', 'latin1'), Buffer.from('\n')]),
      'text/vtt',
    ),
  );
});

afterAll(() => server.close());

const clip = (id: string, path: string): MediaRef => ({
  id,
  source: 'html5',
  mediaType: 'video',
  title: id,
  pageUrl: `http://127.0.0.1:${server.port + 1}/article.html`,
  tracks: [{ url: server.url(path), kind: 'captions', lang: 'en', isDefault: true }],
});

const service = () =>
  createTranscriptService({ preferredLanguages: () => ['en'], fetchLimits: { maxBytes: MAX_BYTES, timeoutMs: TIMEOUT_MS } });

describe('a captions server that fails', () => {
  it.each(FAULTS.map((fault) => [fault.name, fault] as const))('%s: ends in time, with the reason the card shows', async (_name, fault) => {
    const started = performance.now();
    const result = await service().getTranscript(clip('faulty', pathOf(fault)));
    const took = performance.now() - started;
    expect(result).toMatchObject({ ok: false, reason: fault.reason });
    expect(took).toBeLessThan(fault.withinMs);
    // Timeouts and network failures offer a retry; the file's own faults do not.
    if (!result.ok) expect(isRetryableReason(result.reason)).toBe(fault.reason === 'timeout' || fault.reason === 'network');
  });

  it('costs no other clip its words: every fault at once, beside a good file', async () => {
    const transcripts = service();
    const results = await Promise.all([
      ...FAULTS.map((fault) => transcripts.getTranscript(clip(fault.name, pathOf(fault)))),
      transcripts.getTranscript(clip('good', '/good.vtt')),
    ]);
    expect(results.slice(0, -1).map((result) => (result.ok ? 'ok' : result.reason))).toEqual(FAULTS.map((fault) => fault.reason));
    expect(expectSuccess(results.at(-1)!).cues.map((cue) => cue.text)).toEqual(['The ice came in November.', 'And stayed until April.']);
  });

  it('has a gzip bomb that only its unpacked size gives away', () => {
    expect(GZIP_BOMB.byteLength).toBeLessThan(MAX_BYTES);
  });

  it('stops reading a huge body soon after the limit, rather than after the whole of it', async () => {
    server.resetHits();
    await service().getTranscript(clip('huge', pathOf(FAULTS.find((fault) => fault.name === 'a 50 MB body')!)));
    const [request] = server.requests();
    expect(request!.bytesSent).toBeLessThan(8 * 1024 * 1024);
  });
});

describe('bytes that are not what they say', () => {
  it('reads a file cut off inside a character, with the broken character marked', async () => {
    const transcript = expectSuccess(await service().getTranscript(clip('cut', '/truncated-utf8.vtt')));
    expect(transcript.cues.map((cue) => cue.text)).toEqual(['The is – ice came in November.', 'And stayed until April. \uFFFD']);
  });

  it('reads Latin-1 bytes in a UTF-8 file as marked characters, keeping the rest', async () => {
    const transcript = expectSuccess(await service().getTranscript(clip('mixed', '/mixed-encodings.vtt')));
    expect(transcript.cues.map((cue) => cue.text)).toEqual(['Smörgås och r\uFFFDka']);
  });
});
