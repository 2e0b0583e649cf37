import { offline } from './offline';
import { describe, expect, it } from 'vitest';
import type { MediaRef, PageCaptionFile } from '../../../../../core/media/types';
import { PROVIDERS } from '../../../../../core/transcripts/providers';
import { jsonLd } from '../../../../../core/transcripts/providers/json-ld';
import type { ResolveResult } from '../../../../../core/transcripts/providers/types';

type JsonLdClip = Extract<MediaRef, { source: 'json-ld' }>;

const PAGE_URL = 'https://news.example.org/2026/quay/night-ferry.html';

function clip(tracks: PageCaptionFile[], extra: Partial<Omit<JsonLdClip, 'source' | 'tracks'>> = {}): JsonLdClip {
  return { id: 'clip-1', source: 'json-ld', mediaType: 'video', pageUrl: PAGE_URL, tracks, ...extra };
}

function track(name: string, extra: Partial<PageCaptionFile> = {}): PageCaptionFile {
  return { url: `https://cdn.example.net/cc/${name}`, kind: 'captions', isDefault: false, ...extra };
}

function expectOk(result: ResolveResult) {
  if (!result.ok) throw new Error(`expected sources, got ${result.reason}`);
  return result;
}

async function urlsFor(media: JsonLdClip, preferredLanguages: readonly string[] = []): Promise<string[]> {
  return expectOk(await jsonLd.resolve(media, { ...offline, preferredLanguages })).sources.map((s) =>
    s.url.replace('https://cdn.example.net/cc/', ''),
  );
}

/** The lines of the fallback transcript made from `transcriptText`. */
async function linesOf(transcriptText: string): Promise<string[]> {
  const { fallback } = expectOk(await jsonLd.resolve(clip([], { transcriptText }), { ...offline, preferredLanguages: [] }));
  return fallback?.cues.map((cue) => cue.text) ?? [];
}

describe('jsonLd.resolve', () => {
  it('is registered for json-ld clips', () => {
    expect(PROVIDERS['json-ld']).toBe(jsonLd);
    expect(jsonLd.id).toBe('json-ld');
  });

  it('offers a WebVTT caption file as a source with its language and label', async () => {
    const result = await jsonLd.resolve(clip([track('en.vtt', { lang: 'en', label: 'English', type: 'text/vtt' })]), {
      ...offline,
      preferredLanguages: [],
    });
    expect(result).toEqual({
      ok: true,
      sources: [{ url: 'https://cdn.example.net/cc/en.vtt', format: 'webvtt', lang: 'en', label: 'English' }],
    });
  });

  it('takes a file declared text/vtt whatever its name, and a .vtt file that declares no type', async () => {
    const media = clip([track('stream?id=7', { type: 'text/vtt' }), track('plain.vtt')]);
    expect(await urlsFor(media)).toEqual(['stream?id=7', 'plain.vtt']);
  });

  it('takes WebVTT, SRT and TTML files, and leaves out the formats Legible cannot read yet', async () => {
    const media = clip([
      track('a.srt', { type: 'application/x-subrip' }),
      track('b.vtt', { type: 'application/x-sami' }),
      track('c.srt'),
      track('d.vtt', { type: 'text/vtt' }),
      track('e.dfxp'),
      track('f.ass'),
    ]);
    expect(await urlsFor(media)).toEqual(['a.srt', 'c.srt', 'd.vtt', 'e.dfxp']);
  });

  it('puts the page language first, then the preferred languages, then the rest in page order', async () => {
    const media = clip(
      [
        track('fi.vtt', { lang: 'fi' }),
        track('de.vtt', { lang: 'de' }),
        track('en.vtt', { lang: 'en-GB' }),
        track('sv.vtt', { lang: 'sv' }),
      ],
      { pageLang: 'sv-SE' },
    );
    expect(await urlsFor(media, ['en', 'de'])).toEqual(['sv.vtt', 'en.vtt', 'de.vtt', 'fi.vtt']);
  });

  it('follows the preferred languages when the page has no language', async () => {
    const media = clip([track('en.vtt', { lang: 'en' }), track('fr.vtt', { lang: 'fr' })]);
    expect(await urlsFor(media, ['fr', 'en'])).toEqual(['fr.vtt', 'en.vtt']);
  });

  it("fails 'unsupported' for a clip whose only captions are SAMI and that has no transcript", async () => {
    const result = await jsonLd.resolve(clip([track('only.smi', { type: 'application/x-sami', lang: 'en' })]), {
      ...offline,
      preferredLanguages: ['en'],
    });
    expect(result).toMatchObject({ ok: false, reason: 'unsupported' });
    if (!result.ok) expect(result.detail).not.toBe('');
  });

  it("fails 'none' for a clip with neither caption files nor transcript", async () => {
    const result = await jsonLd.resolve(clip([]), { ...offline, preferredLanguages: ['en'] });
    expect(result).toMatchObject({ ok: false, reason: 'none' });
  });

  it("fails 'none' for an empty transcript", async () => {
    expect(await jsonLd.resolve(clip([], { transcriptText: '' }), { ...offline, preferredLanguages: [] })).toMatchObject({
      ok: false,
      reason: 'none',
    });
  });

  it('offers the transcript as an untimed fallback in the page language, sourced to the page', async () => {
    const result = await jsonLd.resolve(clip([], { transcriptText: 'The ropes are cast off.\nThe ferry turns.', pageLang: 'en' }), {
      ...offline,
      preferredLanguages: ['sv'],
    });
    expect(result).toEqual({
      ok: true,
      sources: [],
      fallback: { cues: [{ text: 'The ropes are cast off.' }, { text: 'The ferry turns.' }], lang: 'en', sourceUrl: PAGE_URL },
    });
  });

  it('gives the WebVTT sources and the transcript fallback together', async () => {
    const result = expectOk(
      await jsonLd.resolve(clip([track('en.vtt', { type: 'text/vtt' })], { transcriptText: 'Spoken words.' }), {
        ...offline,
        preferredLanguages: [],
      }),
    );
    expect(result.sources.map((s) => s.url)).toEqual(['https://cdn.example.net/cc/en.vtt']);
    expect(result.fallback?.cues).toEqual([{ text: 'Spoken words.' }]);
  });

  it('falls back to the transcript when the only caption file is in a format Legible cannot read', async () => {
    const result = expectOk(
      await jsonLd.resolve(clip([track('only.smi')], { transcriptText: 'Words anyway.' }), { ...offline, preferredLanguages: [] }),
    );
    expect(result.sources).toEqual([]);
    expect(result.fallback?.cues).toEqual([{ text: 'Words anyway.' }]);
  });

  describe('transcript lines', () => {
    it('makes one untimed cue per paragraph', async () => {
      expect(await linesOf('First paragraph. It has two sentences.\n\nSecond paragraph.\n \n\nThird.')).toEqual([
        'First paragraph. It has two sentences.',
        'Second paragraph.',
        'Third.',
      ]);
    });

    it('makes one cue per line, with spaces collapsed and blank lines dropped', async () => {
      expect(await linesOf('  Deckhand:   lines   ready.\r\nSkipper: cast off.\n\n\n')).toEqual([
        'Deckhand: lines ready.',
        'Skipper: cast off.',
      ]);
    });

    it('splits a single block into its sentences', async () => {
      expect(await linesOf('The quay is quiet. Is anyone there? Only the gulls!   And the wind…  Nothing else')).toEqual([
        'The quay is quiet.',
        'Is anyone there?',
        'Only the gulls!',
        'And the wind…',
        'Nothing else',
      ]);
    });

    it('keeps a single sentence whole', async () => {
      expect(await linesOf('Only one sentence here, with a comma')).toEqual(['Only one sentence here, with a comma']);
    });

    it('gives cues no times', async () => {
      const { fallback } = expectOk(
        await jsonLd.resolve(clip([], { transcriptText: 'One. Two.' }), { ...offline, preferredLanguages: [] }),
      );
      for (const cue of fallback?.cues ?? []) {
        expect(cue).not.toHaveProperty('start');
        expect(cue).not.toHaveProperty('end');
      }
      expect(fallback?.cues).toHaveLength(2);
    });
  });

  it('leaves the clip’s tracks in their order', async () => {
    const tracks = [track('en.vtt', { lang: 'en' }), track('sv.vtt', { lang: 'sv' })];
    await jsonLd.resolve(clip(tracks, { pageLang: 'sv' }), { ...offline, preferredLanguages: [] });
    expect(tracks.map((t) => t.lang)).toEqual(['en', 'sv']);
  });
});
