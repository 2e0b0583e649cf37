import { describe, expect, it } from 'vitest';
import { clipMomentLink } from '../../../../core/media/clip-link';
import type { MediaRef } from '../../../../core/media/types';

const base = { id: 'clip', mediaType: 'video' as const, pageUrl: 'https://news.example/story', tracks: [] };

describe('clipMomentLink', () => {
  it("links to the moment on the player's own site, where it has a way to say so", () => {
    const player = (family: 'youtube' | 'vimeo' | 'dailymotion' | 'svt', videoId: string): MediaRef => ({
      ...base,
      source: 'player',
      family,
      videoId,
    });
    expect(clipMomentLink(player('youtube', 'abcDEF12345'), 65.8)).toBe('https://www.youtube.com/watch?v=abcDEF12345&t=65s');
    expect(clipMomentLink(player('vimeo', '76979871'), 5)).toBe('https://vimeo.com/76979871#t=5s');
    expect(clipMomentLink(player('dailymotion', 'x8abc'), 12)).toBe('https://www.dailymotion.com/video/x8abc?start=12');
    expect(clipMomentLink(player('svt', 'jXqz1'), 12)).toBeUndefined();
  });

  it('gives a media file a Media Fragments start', () => {
    const file: MediaRef = { ...base, source: 'html5', mediaUrl: 'https://media.example/ferry.mp4' };
    expect(clipMomentLink(file, 41)).toBe('https://media.example/ferry.mp4#t=41');
  });

  it('gives nothing where the clip has no link of its own', () => {
    expect(clipMomentLink({ ...base, source: 'html5' }, 3)).toBeUndefined();
    expect(clipMomentLink({ ...base, source: 'json-ld' }, 3)).toBeUndefined();
  });
});
