// @vitest-environment node
/**
 * The transcript service with JSON-LD clips against a real HTTP server on 127.0.0.1: the caption
 * file the structured data names is fetched for real, and the transcript text the page carries is
 * the answer when that file cannot be had.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MediaRef, PageCaptionFile } from '../../core/media/types';
import { createTranscriptService } from '../../core/transcripts/service';
import { articleUrlBeside, startCaptionServer, status, vtt, type CaptionServer } from '../support/caption-server';
import { expectSuccess } from '../support/transcript-results';

type JsonLdClip = Extract<MediaRef, { source: 'json-ld' }>;

const DOCKSIDE_VTT = `WEBVTT

00:00:02.000 --> 00:00:05.500
<v Harbour master>The night ferry is late again.

00:00:05.500 --> 00:00:09.000
Fog on the sound, they say.
`;

const TRANSCRIPT_TEXT = 'The night ferry is late again. Fog on the sound, they say.';

let server: CaptionServer;
let pageUrl: string;

beforeAll(async () => {
  server = await startCaptionServer({
    '/cc/dockside.en.vtt': vtt(DOCKSIDE_VTT),
    '/cc/gone.en.vtt': status(404),
    '/cc/dockside.en.srt': { kind: 'body', body: '1\n00:00:02,000 --> 00:00:05,500\nLate again.\n', contentType: 'application/x-subrip' },
  });
  pageUrl = articleUrlBeside(server, '/news/night-ferry.html');
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.resetHits();
});

function caption(path: string, extra: Partial<PageCaptionFile> = {}): PageCaptionFile {
  return { url: server.url(path), kind: 'captions', lang: 'en', isDefault: false, type: 'text/vtt', ...extra };
}

function clip(tracks: PageCaptionFile[], extra: Partial<Omit<JsonLdClip, 'source' | 'tracks'>> = {}): JsonLdClip {
  return { id: 'clip-1', source: 'json-ld', mediaType: 'video', title: 'Night ferry', pageUrl, pageLang: 'en', tracks, ...extra };
}

function service() {
  return createTranscriptService({ preferredLanguages: () => ['en'], fetchLimits: { maxBytes: 64 * 1024, timeoutMs: 1_000 } });
}

describe('a JSON-LD clip', () => {
  it('gets timed cues from the caption file its structured data names', async () => {
    const transcript = expectSuccess(
      await service().getTranscript(clip([caption('/cc/dockside.en.vtt')], { transcriptText: TRANSCRIPT_TEXT })),
    );
    expect(transcript).toEqual({
      cues: [
        { start: 2, end: 5.5, text: 'The night ferry is late again.', speaker: 'Harbour master' },
        { start: 5.5, end: 9, text: 'Fog on the sound, they say.' },
      ],
      lang: 'en',
      label: undefined,
      sourceUrl: server.url('/cc/dockside.en.vtt'),
    });
    expect(server.hits('/cc/dockside.en.vtt')).toBe(1);
  });

  it('gets the transcript text, untimed, when the caption file is missing', async () => {
    const transcript = expectSuccess(
      await service().getTranscript(clip([caption('/cc/gone.en.vtt')], { transcriptText: TRANSCRIPT_TEXT })),
    );
    expect(transcript).toEqual({
      cues: [{ text: 'The night ferry is late again.' }, { text: 'Fog on the sound, they say.' }],
      lang: 'en',
      sourceUrl: pageUrl,
    });
    expect(server.hits('/cc/gone.en.vtt')).toBe(1);
  });

  it('falls through a missing caption file to the next one before the transcript text', async () => {
    const tracks = [caption('/cc/gone.en.vtt'), caption('/cc/dockside.en.vtt', { lang: 'en-GB' })];
    const transcript = expectSuccess(await service().getTranscript(clip(tracks, { transcriptText: TRANSCRIPT_TEXT })));
    expect(transcript.sourceUrl).toBe(server.url('/cc/dockside.en.vtt'));
    expect(transcript.cues[0]?.start).toBe(2);
  });

  it('gets timed cues from an SRT caption file, before the transcript text', async () => {
    const media = clip([caption('/cc/dockside.en.srt', { type: 'application/x-subrip' })], { transcriptText: TRANSCRIPT_TEXT });
    const transcript = expectSuccess(await service().getTranscript(media));
    expect(transcript).toEqual({
      cues: [{ start: 2, end: 5.5, text: 'Late again.' }],
      lang: 'en',
      label: undefined,
      sourceUrl: server.url('/cc/dockside.en.srt'),
    });
    expect(server.hits('/cc/dockside.en.srt')).toBe(1);
  });

  it('gets the transcript text without asking the network when its only captions are in a format Legible cannot read', async () => {
    const media = clip([caption('/cc/dockside.en.smi', { type: 'application/x-sami' })], { transcriptText: TRANSCRIPT_TEXT });
    const transcript = expectSuccess(await service().getTranscript(media));
    expect(transcript.cues).toHaveLength(2);
    expect(transcript.cues.every((cue) => cue.start === undefined)).toBe(true);
    expect(server.requests()).toHaveLength(0);
  });

  it("says 'unsupported' for SAMI captions and no transcript, and asks nothing of the network", async () => {
    const result = await service().getTranscript(clip([caption('/cc/dockside.en.smi', { type: 'application/x-sami' })]));
    expect(result).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(server.requests()).toHaveLength(0);
  });

  it("says 'not-found' when the caption file is missing and there is no transcript text", async () => {
    expect(await service().getTranscript(clip([caption('/cc/gone.en.vtt')]))).toMatchObject({ ok: false, reason: 'not-found' });
  });
});

describe('two JSON-LD clips on one page', () => {
  it('that differ only in their transcript text get their own results', async () => {
    const transcripts = service();
    const first = clip([caption('/cc/gone.en.vtt')], { transcriptText: 'Ropes in. Engines on.' });
    const second = clip([caption('/cc/gone.en.vtt')], { transcriptText: 'Gulls overhead. Then silence.' });

    const a = expectSuccess(await transcripts.getTranscript(first));
    const b = expectSuccess(await transcripts.getTranscript(second));
    expect(a.cues.map((cue) => cue.text)).toEqual(['Ropes in.', 'Engines on.']);
    expect(b.cues.map((cue) => cue.text)).toEqual(['Gulls overhead.', 'Then silence.']);
  });

  it('asked for at once still get their own results', async () => {
    const transcripts = service();
    const [a, b] = await Promise.all([
      transcripts.getTranscript(clip([], { transcriptText: 'Port side.' })),
      transcripts.getTranscript(clip([], { transcriptText: 'Starboard side.' })),
    ]);
    expect(expectSuccess(a).cues).toEqual([{ text: 'Port side.' }]);
    expect(expectSuccess(b).cues).toEqual([{ text: 'Starboard side.' }]);
  });

  it('share one request when they are the same clip', async () => {
    const transcripts = service();
    const media = () => clip([caption('/cc/dockside.en.vtt')], { transcriptText: TRANSCRIPT_TEXT });
    const first = expectSuccess(await transcripts.getTranscript(media()));
    expect(expectSuccess(await transcripts.getTranscript(media()))).toEqual(first);
    expect(server.hits('/cc/dockside.en.vtt')).toBe(1);
  });
});

describe('a JSON-LD clip whose caption file fails in a way a retry could mend', () => {
  it('gets the transcript text now and the timed captions once the server mends', async () => {
    const path = '/cc/flaky.en.vtt';
    server.setRoute(path, status(503));
    const transcripts = service();
    const media = clip([caption(path)], { transcriptText: TRANSCRIPT_TEXT });

    const first = expectSuccess(await transcripts.getTranscript(media));
    expect(first.cues[0]?.start).toBeUndefined();
    server.setRoute(path, vtt(DOCKSIDE_VTT));
    const second = expectSuccess(await transcripts.getTranscript(media));
    expect(second.cues[0]?.start).toBe(2);
    expect(server.hits(path)).toBe(2);
  });
});
