// @vitest-environment node
/**
 * What the transcript service keeps and how it paces its requests, against a real HTTP server on
 * 127.0.0.1: results in a store that outlives the background worker, failures a retry could mend
 * kept nowhere, and one request at a time per host.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MediaRef, PageCaptionFile } from '../../core/media/types';
import { createResultStore } from '../../core/transcripts/result-store';
import { createTranscriptService, type TranscriptServiceOptions } from '../../core/transcripts/service';
import { articleUrlBeside, startCaptionServer, status, vtt, type CaptionServer } from '../support/caption-server';
import { memoryStorageArea } from '../support/memory-storage-area';
import { expectFailure, expectSuccess } from '../support/transcript-results';

const SWEDISH = readFileSync(new URL('../fixtures/formats/webvtt/harbour-interview.sv.vtt', import.meta.url), 'utf8');
const ENGLISH = readFileSync(new URL('../fixtures/formats/webvtt/harbour-interview.en.vtt', import.meta.url), 'utf8');

let server: CaptionServer;
let pageUrl: string;

beforeAll(async () => {
  server = await startCaptionServer({
    '/captions/harbour.sv.vtt': vtt(SWEDISH),
    '/captions/harbour.en.vtt': vtt(ENGLISH),
    '/captions/slow.sv.vtt': vtt(SWEDISH, { delayMs: 100 }),
    '/captions/broken.vtt': status(500),
  });
  pageUrl = articleUrlBeside(server);
});
afterAll(() => server.close());
beforeEach(() => server.resetHits());

function track(path: string, lang: string): PageCaptionFile {
  return { url: server.url(path), kind: 'captions', isDefault: false, lang };
}

function clip(tracks: PageCaptionFile[], extra: Partial<Omit<MediaRef, 'source' | 'tracks'>> = {}): MediaRef {
  return { id: 'media-0', source: 'html5', mediaType: 'video', pageUrl, tracks, ...extra };
}

function service(options: Partial<TranscriptServiceOptions> = {}) {
  return createTranscriptService({ preferredLanguages: () => ['en'], fetchLimits: { timeoutMs: 1000 }, ...options });
}

describe('the store that outlives the background worker', () => {
  it('answers a new service (the worker woke again) without a request', async () => {
    const store = createResultStore(memoryStorageArea());
    const media = clip([track('/captions/harbour.sv.vtt', 'sv')], { pageLang: 'sv' });
    const first = expectSuccess(await service({ store }).getTranscript(media));
    const again = expectSuccess(await service({ store }).getTranscript(media));
    expect(again).toEqual(first);
    expect(server.hits('/captions/harbour.sv.vtt')).toBe(1);
  });

  it('keeps no failure a retry could mend', async () => {
    const area = memoryStorageArea();
    const store = createResultStore(area);
    const media = clip([track('/captions/broken.vtt', 'sv')]);
    expectFailure(await service({ store }).getTranscript(media), 'network');
    expectFailure(await service({ store }).getTranscript(media), 'network');
    expect(server.hits('/captions/broken.vtt')).toBe(2);
    expect(area.items.size).toBe(0);
  });

  it('still gives the transcript when the store fails', async () => {
    const broken = { get: () => Promise.reject(new Error('quota')), set: () => Promise.reject(new Error('quota')) };
    expectSuccess(await service({ store: broken }).getTranscript(clip([track('/captions/harbour.en.vtt', 'en')])));
  });
});

describe('one request at a time per host', () => {
  it('asks for two clips’ files on one host one after the other', async () => {
    const shared = service();
    const results = await Promise.all([
      shared.getTranscript(clip([track('/captions/slow.sv.vtt', 'sv')], { id: 'media-1' })),
      shared.getTranscript(clip([track('/captions/harbour.sv.vtt', 'sv')], { id: 'media-2' })),
    ]);
    results.forEach(expectSuccess);
    const [slow] = server.requests('/captions/slow.sv.vtt');
    const [next] = server.requests('/captions/harbour.sv.vtt');
    expect(next!.receivedAt).toBeGreaterThanOrEqual(slow!.endedAt!);
  });
});
