import { describe, expect, it } from 'vitest';
import { clipLink } from '../../../../core/media/clip-link';
import type { MediaRef } from '../../../../core/media/types';

const base = { id: 'clip-1', mediaType: 'video' as const, pageUrl: 'https://news.example/a', tracks: [] };

describe('clipLink', () => {
  it.each<[MediaRef, string | undefined]>([
    [{ ...base, source: 'player', family: 'youtube', videoId: 'Hc8yWqZ3pLs' }, 'https://www.youtube.com/watch?v=Hc8yWqZ3pLs'],
    [
      { ...base, source: 'player', family: 'vimeo', videoId: '76979871', embedUrl: 'https://player.vimeo.com/video/76979871?h=1' },
      'https://vimeo.com/76979871',
    ],
    [{ ...base, source: 'player', family: 'dailymotion', videoId: 'x8hamn1' }, 'https://www.dailymotion.com/video/x8hamn1'],
    [{ ...base, source: 'player', family: 'svt', videoId: 'kR4tW9p' }, 'https://www.svt.se/videoplayer-embed/kR4tW9p'],
    [
      {
        ...base,
        source: 'player',
        family: 'brightcove',
        videoId: '63',
        embedUrl: 'https://players.brightcove.net/1/x_default/index.html?videoId=63',
      },
      'https://players.brightcove.net/1/x_default/index.html?videoId=63',
    ],
    [{ ...base, source: 'player', family: 'generic' }, undefined],
    [{ ...base, source: 'html5', mediaType: 'audio', mediaUrl: 'https://cdn.example/ep1.mp3' }, 'https://cdn.example/ep1.mp3'],
    [{ ...base, source: 'player', family: 'jwplayer', videoId: 'x', embedUrl: 'javascript:alert(1)' }, undefined],
    [{ ...base, source: 'json-ld' }, undefined],
  ])('links %j to %s', (media, link) => {
    expect(clipLink(media)).toBe(link);
  });
});
