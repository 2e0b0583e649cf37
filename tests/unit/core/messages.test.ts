import { describe, expect, it } from 'vitest';
import type { MediaRef } from '../../../core/media/types';
import { isBackgroundToTab, isTabToBackground } from '../../../core/messages';

const MEDIA: MediaRef = {
  id: 'clip-1',
  source: 'html5',
  mediaType: 'video',
  title: 'The crossing',
  pageUrl: 'https://news.example.org/a',
  pageLang: 'en',
  poster: 'https://news.example.org/p.jpg',
  tracks: [
    { url: 'https://news.example.org/a.en.vtt', kind: 'captions', lang: 'en', label: 'English', isDefault: true },
    { url: 'https://news.example.org/a.sv.vtt', kind: 'subtitles', isDefault: false },
  ],
};

/** MEDIA with some fields replaced or (with undefined) removed. */
function mediaWith(changes: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = structuredClone(MEDIA);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
  }
  return copy;
}

function trackWith(changes: Record<string, unknown>): Record<string, unknown> {
  return mediaWith({ tracks: [{ ...MEDIA.tracks[0], ...changes }] });
}

const NOTICE_LINE = { forNoScript: false, layers: [{ text: 'Javascript är avstängt', inline: false, heading: false }] };

describe('isTabToBackground', () => {
  it('accepts each valid message', () => {
    expect(isTabToBackground({ type: 'legible/page-state', isArticle: true, reason: 'whyOgType', hiddenCount: 3, salvagedCount: 2 })).toBe(
      true,
    );
    expect(
      isTabToBackground({ type: 'legible/page-state', isArticle: false, reason: 'whyListing', hiddenCount: 0, salvagedCount: 0 }),
    ).toBe(true);
    expect(isTabToBackground({ type: 'legible/inject-reader' })).toBe(true);
    expect(isTabToBackground({ type: 'legible/get-transcript', media: MEDIA })).toBe(true);
    expect(isTabToBackground({ type: 'legible/judge-notices', pageLang: 'sv', lines: [NOTICE_LINE] })).toBe(true);
  });

  it('rejects notice lines of the wrong shape or beyond their limits', () => {
    const judge = (changes: Record<string, unknown>) =>
      isTabToBackground({ type: 'legible/judge-notices', pageLang: 'en', lines: [NOTICE_LINE], ...changes });
    expect(judge({ pageLang: undefined })).toBe(false);
    expect(judge({ lines: 'all of them' })).toBe(false);
    expect(judge({ lines: [{ ...NOTICE_LINE, forNoScript: 'yes' }] })).toBe(false);
    expect(judge({ lines: [{ forNoScript: false, layers: [{ text: 'x'.repeat(401), inline: false, heading: false }] }] })).toBe(false);
    expect(judge({ lines: [{ forNoScript: false, layers: [{ text: 'Javascript is off', inline: 'no', heading: false }] }] })).toBe(false);
    expect(judge({ lines: Array.from({ length: 201 }, () => NOTICE_LINE) })).toBe(false);
  });

  it('accepts a web player known by its family, and refuses an unknown family', () => {
    const player = {
      id: 'clip-3',
      source: 'player',
      family: 'youtube',
      videoId: 'Hc8yWqZ3pLs',
      mediaType: 'video',
      pageUrl: 'https://news.example.org/a',
      tracks: [],
    };
    expect(isTabToBackground({ type: 'legible/get-transcript', media: player })).toBe(true);
    expect(isTabToBackground({ type: 'legible/get-transcript', media: { ...player, family: 'flash' } })).toBe(false);
    expect(isTabToBackground({ type: 'legible/get-transcript', media: { ...player, videoId: 42 } })).toBe(false);
    expect(
      isTabToBackground({ type: 'legible/get-transcript', media: { ...player, embedUrl: 'https://www.youtube.com/embed/Hc8yWqZ3pLs' } }),
    ).toBe(true);
    expect(isTabToBackground({ type: 'legible/get-transcript', media: { ...player, embedUrl: { href: 'x' } } })).toBe(false);
    expect(isTabToBackground({ type: 'legible/get-transcript', media: { ...player, durationSeconds: 90 } })).toBe(true);
    expect(isTabToBackground({ type: 'legible/get-transcript', media: { ...player, durationSeconds: -1 } })).toBe(false);
    expect(isTabToBackground({ type: 'legible/get-transcript', media: { ...player, durationSeconds: '90' } })).toBe(false);
  });

  it('accepts a clip with only its required fields and no tracks', () => {
    const bare = { id: 'clip-2', source: 'html5', mediaType: 'audio', pageUrl: 'https://news.example.org/a', tracks: [] };
    expect(isTabToBackground({ type: 'legible/get-transcript', media: bare })).toBe(true);
  });

  it.each([null, undefined, 'legible/inject-reader', 42, [], [{ type: 'legible/inject-reader' }]])('rejects %j', (value) => {
    expect(isTabToBackground(value)).toBe(false);
  });

  it('rejects unknown, missing and non-string types', () => {
    expect(isTabToBackground({})).toBe(false);
    expect(isTabToBackground({ type: 'legible/toggle-reader' })).toBe(false);
    expect(isTabToBackground({ type: 'legible/unknown' })).toBe(false);
    expect(isTabToBackground({ type: 'page-state', isArticle: true, hiddenCount: 0 })).toBe(false);
    expect(isTabToBackground({ type: 7 })).toBe(false);
    expect(isTabToBackground({ cmd: 'legible/inject-reader' })).toBe(false);
  });

  it('rejects a page state with missing or wrong fields', () => {
    expect(isTabToBackground({ type: 'legible/page-state', reason: 'whyOgType', hiddenCount: 0, salvagedCount: 0 })).toBe(false);
    expect(isTabToBackground({ type: 'legible/page-state', isArticle: true, reason: 'whyOgType', salvagedCount: 0 })).toBe(false);
    expect(isTabToBackground({ type: 'legible/page-state', isArticle: true, reason: 'because', hiddenCount: 0, salvagedCount: 0 })).toBe(
      false,
    );
    expect(isTabToBackground({ type: 'legible/page-state', isArticle: true, reason: 'whyOgType', hiddenCount: 0 })).toBe(false);
    expect(isTabToBackground({ type: 'legible/page-state', isArticle: 'yes', reason: 'whyOgType', hiddenCount: 0, salvagedCount: 0 })).toBe(
      false,
    );
    expect(
      isTabToBackground({ type: 'legible/page-state', isArticle: true, reason: 'whyOgType', hiddenCount: '3', salvagedCount: 0 }),
    ).toBe(false);
    expect(
      isTabToBackground({ type: 'legible/page-state', isArticle: true, reason: 'whyOgType', hiddenCount: 1.5, salvagedCount: 0 }),
    ).toBe(false);
    expect(
      isTabToBackground({ type: 'legible/page-state', isArticle: true, reason: 'whyOgType', hiddenCount: Number.NaN, salvagedCount: 0 }),
    ).toBe(false);
  });

  it('rejects a transcript request without a clip', () => {
    expect(isTabToBackground({ type: 'legible/get-transcript' })).toBe(false);
    expect(isTabToBackground({ type: 'legible/get-transcript', media: null })).toBe(false);
    expect(isTabToBackground({ type: 'legible/get-transcript', media: [MEDIA] })).toBe(false);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a missing id', mediaWith({ id: undefined })],
    ['a numeric id', mediaWith({ id: 1 })],
    ['a missing page URL', mediaWith({ pageUrl: undefined })],
    ['an unknown media type', mediaWith({ mediaType: 'image' })],
    ['an unknown source', mediaWith({ source: 'youtube' })],
    ['a missing source', mediaWith({ source: undefined })],
    ['a non-string title', mediaWith({ title: 5 })],
    ['a non-string page language', mediaWith({ pageLang: ['en'] })],
    ['a non-string poster', mediaWith({ poster: {} })],
    ['missing tracks', mediaWith({ tracks: undefined })],
    ['tracks that are not a list', mediaWith({ tracks: { 0: MEDIA.tracks[0] } })],
    ['a track that is not an object', mediaWith({ tracks: ['https://news.example.org/a.vtt'] })],
    ['a track without a URL', trackWith({ url: undefined })],
    ['a chapters track', trackWith({ kind: 'chapters' })],
    ['a track with a non-string language', trackWith({ lang: 1 })],
    ['a track with a non-string label', trackWith({ label: false })],
    ['a track without isDefault', trackWith({ isDefault: undefined })],
    ['a track with a string isDefault', trackWith({ isDefault: 'true' })],
  ])('rejects a clip with %s', (_name, media) => {
    expect(isTabToBackground({ type: 'legible/get-transcript', media })).toBe(false);
  });
});

describe('isTabToBackground with a JSON-LD clip', () => {
  const JSON_LD_MEDIA: MediaRef = {
    id: 'clip-2',
    source: 'json-ld',
    mediaType: 'audio',
    title: 'Engine room',
    pageUrl: 'https://news.example.org/a',
    tracks: [
      { url: 'https://cdn.example.net/cc/engine.srt', kind: 'captions', lang: 'en', isDefault: false, type: 'application/x-subrip' },
    ],
    transcriptText: 'A steady thrum below deck.',
  };
  const request = (media: unknown) => ({ type: 'legible/get-transcript', media });
  const jsonLdWith = (changes: Record<string, unknown>) => ({ ...structuredClone(JSON_LD_MEDIA), ...changes });

  it('accepts a clip with caption files and transcript text', () => {
    expect(isTabToBackground(request(JSON_LD_MEDIA))).toBe(true);
  });

  it('accepts a clip without transcript text or tracks', () => {
    const { transcriptText: _, ...bare } = JSON_LD_MEDIA;
    expect(isTabToBackground(request({ ...bare, tracks: [] }))).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a numeric transcriptText', jsonLdWith({ transcriptText: 12 })],
    ['a transcriptText list', jsonLdWith({ transcriptText: ['A steady thrum.'] })],
    ['a null transcriptText', jsonLdWith({ transcriptText: null })],
    ['a track with a non-string type', jsonLdWith({ tracks: [{ ...JSON_LD_MEDIA.tracks[0], type: 415 }] })],
    ['a track with an object type', jsonLdWith({ tracks: [{ ...JSON_LD_MEDIA.tracks[0], type: { mime: 'text/vtt' } }] })],
    ['a track without isDefault', jsonLdWith({ tracks: [{ url: 'https://cdn.example.net/cc/a.vtt', kind: 'captions' }] })],
  ])('rejects a clip with %s', (_name, media) => {
    expect(isTabToBackground(request(media))).toBe(false);
  });

  it('rejects a non-string track type on an html5 clip too', () => {
    expect(isTabToBackground(request(trackWith({ type: 3 })))).toBe(false);
    expect(isTabToBackground(request(trackWith({ type: 'text/vtt' })))).toBe(true);
  });
});

describe('isBackgroundToTab', () => {
  it('accepts the toggle-reader message', () => {
    expect(isBackgroundToTab({ type: 'legible/toggle-reader' })).toBe(true);
  });

  it('rejects other messages and non-messages', () => {
    for (const value of [
      null,
      undefined,
      'legible/toggle-reader',
      [],
      {},
      { type: 'legible/inject-reader' },
      { type: 'toggle-reader' },
      [{ type: 'legible/toggle-reader' }],
    ]) {
      expect(isBackgroundToTab(value), JSON.stringify(value)).toBe(false);
    }
  });
});

describe('opening from the keyboard', () => {
  it('accepts a toggle and an injection that say the reader was opened from the keyboard', () => {
    expect(isBackgroundToTab({ type: 'legible/toggle-reader', fromKeyboard: true })).toBe(true);
    expect(isTabToBackground({ type: 'legible/inject-reader', fromKeyboard: true })).toBe(true);
    expect(isTabToBackground({ type: 'legible/inject-reader', fromKeyboard: false })).toBe(true);
  });

  it('refuses the flag where it is not a boolean, or on another message', () => {
    expect(isBackgroundToTab({ type: 'legible/toggle-reader', fromKeyboard: 'yes' })).toBe(false);
    expect(isBackgroundToTab({ type: 'legible/show-hidden', fromKeyboard: true })).toBe(false);
    expect(isBackgroundToTab({ type: 'legible/toggle-reader', fromKeyboard: true, url: 'x' })).toBe(false);
    expect(isTabToBackground({ type: 'legible/inject-reader', fromKeyboard: 1 })).toBe(false);
    expect(isTabToBackground({ type: 'legible/page-settings', fromKeyboard: true })).toBe(false);
  });
});
