/**
 * Payloads in everything a clip brings to the reader: each caption format's line text and speaker
 * names, a transcript page, the clip's title, poster and address, and where its words came from.
 * Each is parsed by the format's own parser and shown by the reader's own view: nothing
 * script-capable, no handler, and every link (the clip, its moments, the source) to the web only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { MediaRef } from '../../core/media/types';
import { CAPTION_FORMATS } from '../../core/transcripts/formats';
import type { FileFormat, TranscriptResult } from '../../core/transcripts/types';
import { article, noCaptions, renderReader, unmountReader } from '../unit/components/reader-view-fixtures';
import { settle } from '../unit/components/render-with-i18n';
import { findUnsafeMarkup } from './find-unsafe-markup';
import { escapeText, vectors } from './hostile-markup';

const PAGE_URL = 'https://news.example.org/2024/harbour-ice';

afterEach(unmountReader);

/** A caption file of each format with the payload where a line's words (or its speaker) go. */
const IN_CAPTIONS: readonly (readonly [string, FileFormat, (payload: string) => string])[] = [
  ['WebVTT line', 'webvtt', (p) => `WEBVTT\n\n00:01.000 --> 00:02.000\n${p}\n`],
  ['WebVTT line as entities', 'webvtt', (p) => `WEBVTT\n\n00:01.000 --> 00:02.000\n${escapeText(p)}\n`],
  ['WebVTT speaker', 'webvtt', (p) => `WEBVTT\n\n00:01.000 --> 00:02.000\n<v ${escapeText(p)}>The ice came.</v>\n`],
  ['SRT line', 'srt', (p) => `1\n00:00:01,000 --> 00:00:02,000\n${p}\n`],
  [
    'TTML line',
    'ttml',
    (p) => `<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p begin="1s" end="2s">${escapeText(p)}</p></div></body></tt>`,
  ],
  ['YouTube srv3 line', 'youtube-xml', (p) => `<timedtext format="3"><body><p t="1000" d="1000">${escapeText(p)}</p></body></timedtext>`],
  ['YouTube json3 line', 'youtube-json3', (p) => JSON.stringify({ events: [{ tStartMs: 1000, dDurationMs: 1000, segs: [{ utf8: p }] }] })],
  [
    'podcast JSON line',
    'podcast-json',
    (p) => JSON.stringify({ version: '1.0.0', segments: [{ speaker: 'Ingrid', startTime: 1, endTime: 2, body: p }] }),
  ],
  [
    'podcast JSON speaker',
    'podcast-json',
    (p) => JSON.stringify({ version: '1.0.0', segments: [{ speaker: p, startTime: 1, endTime: 2, body: 'The ice came.' }] }),
  ],
  [
    'transcript page',
    'transcript-page',
    (p) => `<!doctype html><html><body><main><h1>Transcript</h1><p>${p}</p><p>Ingrid: The ice came.</p></main></body></html>`,
  ],
];

const clip = (extra: Partial<MediaRef> = {}): MediaRef =>
  ({
    id: 'media-1',
    source: 'player',
    family: 'youtube',
    videoId: 'Hc8yWqZ3pLs',
    mediaType: 'video',
    title: 'Ice in the harbour',
    pageUrl: PAGE_URL,
    tracks: [],
    ...extra,
  }) as MediaRef;

async function showClip(media: MediaRef, result: TranscriptResult): Promise<void> {
  const doc = article({
    media: [media],
    contentHtml: `<p>The ice came to the harbour.</p><figure data-legible-media="${media.id}"></figure><p>It stayed.</p>`,
  });
  renderReader({ doc, client: { getTranscript: async () => result } });
  await settle();
}

const transcriptOf = (cues: { text: string; speaker?: string }[], sourceUrl = 'https://media.example.net/c.vtt'): TranscriptResult => ({
  ok: true,
  transcript: { cues: cues.map((cue, i) => ({ start: i * 2 + 1, end: i * 2 + 2, ...cue })), lang: 'en', sourceUrl },
});

const payloads = vectors('window.__legiblePwned = 1');
const captionCases = IN_CAPTIONS.flatMap(([place, format, file]) =>
  payloads.map((vector) => [place, vector.name, format, file(vector.html)] as const),
);

describe('hostile payloads in what a clip brings', () => {
  it('number at least three hundred', () => {
    expect(captionCases.length).toBeGreaterThanOrEqual(300);
  });

  it.each(captionCases)('in a %s: %s is shown as words only', async (_place, _vector, format, file) => {
    const parsed = await CAPTION_FORMATS[format].parse(file);
    await showClip(
      clip(),
      parsed.ok ? { ok: true, transcript: { cues: parsed.cues, lang: 'en', sourceUrl: 'https://media.example.net/c.vtt' } } : noCaptions,
    );
    expect(findUnsafeMarkup(PAGE_URL)).toEqual([]);
  });

  it.each(payloads.map((vector) => [vector.name, vector.html] as const))(
    "in the clip's title, poster and address, and the words' source: %s",
    async (_vector, payload) => {
      await showClip(
        clip({ source: 'html5', mediaUrl: payload, poster: payload, title: payload } as Partial<MediaRef>),
        transcriptOf([{ text: 'The ice came.', speaker: payload }], payload),
      );
      expect(findUnsafeMarkup(PAGE_URL)).toEqual([]);
      await showClip(
        clip({ embedUrl: payload, videoId: payload, title: payload } as Partial<MediaRef>),
        transcriptOf([{ text: payload }], `javascript:${payload}`),
      );
      expect(findUnsafeMarkup(PAGE_URL)).toEqual([]);
    },
  );
});

describe('every link a card or a transcript shows', () => {
  it('goes to the web: the clip, each moment, and the source of the words', async () => {
    await showClip(clip(), transcriptOf([{ text: 'The ice came.' }, { text: 'It stayed.' }]));
    const links = Array.from(document.querySelectorAll('a[href]'), (link) => link.getAttribute('href')!);
    expect(links).toEqual(
      expect.arrayContaining([
        'https://www.youtube.com/watch?v=Hc8yWqZ3pLs',
        'https://www.youtube.com/watch?v=Hc8yWqZ3pLs&t=1s',
        'https://media.example.net/c.vtt',
      ]),
    );
    for (const link of links) expect(link.startsWith('#') || /^https?:\/\//.test(link), link).toBe(true);
  });
});
