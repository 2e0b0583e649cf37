import { offline } from './offline';
import { describe, expect, it } from 'vitest';
import type { MediaRef, PageCaptionFile } from '../../../../../core/media/types';

type Html5Clip = Extract<MediaRef, { source: 'html5' }>;
import { html5 } from '../../../../../core/transcripts/providers/html5';

function clip(tracks: PageCaptionFile[], pageLang?: string): Html5Clip {
  return { id: 'clip-1', source: 'html5', mediaType: 'video', pageUrl: 'https://news.example.org/a', pageLang, tracks };
}

function track(lang: string | undefined, extra: Partial<PageCaptionFile> = {}): PageCaptionFile {
  return {
    url: `https://media.example.org/${lang ?? 'unknown'}${extra.isDefault ? '-default' : ''}.vtt`,
    kind: 'subtitles',
    lang,
    isDefault: false,
    ...extra,
  };
}

async function urlsFor(media: Html5Clip, preferredLanguages: readonly string[]): Promise<string[]> {
  const result = await html5.resolve(media, { ...offline, preferredLanguages });
  if (!result.ok) throw new Error(`expected sources, got ${result.reason}`);
  return result.sources.map((s) => s.url);
}

describe('html5.resolve', () => {
  it('fails with reason none when the clip has no tracks', async () => {
    const result = await html5.resolve(clip([]), { ...offline, preferredLanguages: ['en'] });
    expect(result).toMatchObject({ ok: false, reason: 'none' });
  });

  it('offers every track as a WebVTT source with its language and label', async () => {
    const result = await html5.resolve(clip([track('en', { label: 'English', kind: 'captions' })]), { ...offline, preferredLanguages: [] });
    expect(result).toEqual({
      ok: true,
      sources: [{ url: 'https://media.example.org/en.vtt', format: 'webvtt', lang: 'en', label: 'English' }],
    });
  });

  it('puts the page language first, ahead of the preferred languages', async () => {
    const media = clip([track('en'), track('de'), track('sv')], 'sv-SE');
    expect(await urlsFor(media, ['de', 'en'])).toEqual([
      'https://media.example.org/sv.vtt',
      'https://media.example.org/de.vtt',
      'https://media.example.org/en.vtt',
    ]);
  });

  it('follows the preferred languages when the page has no language', async () => {
    const media = clip([track('en'), track('fr'), track('de')]);
    expect(await urlsFor(media, ['de', 'fr'])).toEqual([
      'https://media.example.org/de.vtt',
      'https://media.example.org/fr.vtt',
      'https://media.example.org/en.vtt',
    ]);
  });

  it('follows the preferred languages when no track is in the page language', async () => {
    const media = clip([track('en'), track('fi')], 'sv');
    expect(await urlsFor(media, ['fi'])).toEqual(['https://media.example.org/fi.vtt', 'https://media.example.org/en.vtt']);
  });

  it('puts the default track first among tracks of the same language', async () => {
    const media = clip([track('en', { url: 'https://media.example.org/en-plain.vtt' }), track('en', { isDefault: true })], 'en');
    expect(await urlsFor(media, [])).toEqual(['https://media.example.org/en-default.vtt', 'https://media.example.org/en-plain.vtt']);
  });

  it('puts the default track first when no track fits a wanted language', async () => {
    const media = clip([track('de'), track('fr', { isDefault: true })], 'sv');
    expect(await urlsFor(media, ['en'])).toEqual(['https://media.example.org/fr-default.vtt', 'https://media.example.org/de.vtt']);
  });

  it('does not let a default track beat a track in the page language', async () => {
    const media = clip([track('en', { isDefault: true }), track('sv')], 'sv');
    expect(await urlsFor(media, ['en'])).toEqual(['https://media.example.org/sv.vtt', 'https://media.example.org/en-default.vtt']);
  });

  it('leaves the clip’s tracks in their order', async () => {
    const tracks = [track('en'), track('sv', { isDefault: true })];
    await html5.resolve(clip(tracks, 'sv'), { ...offline, preferredLanguages: [] });
    expect(tracks.map((t) => t.lang)).toEqual(['en', 'sv']);
  });
});
