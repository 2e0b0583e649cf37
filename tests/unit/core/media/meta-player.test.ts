import { describe, expect, it } from 'vitest';
import { findMedia } from '../../../../core/media/find-media';
import { findMetaPlayerMedia } from '../../../../core/media/meta-player';
import type { PageInfo } from '../../../../core/media/types';
import { parseHtml } from '../load-fixture';

const PAGE: PageInfo = { pageUrl: 'https://news.example.org/story', baseUrl: 'https://news.example.org/story', pageLang: 'en' };

describe('findMetaPlayerMedia', () => {
  it('reads the player an og:video or twitter:player tag names, once', () => {
    const doc = parseHtml(`<head>
      <meta property="og:video" content="https://www.youtube.com/embed/Hc8yWqZ3pLs">
      <meta property="og:video:secure_url" content="https://www.youtube.com/embed/Hc8yWqZ3pLs">
      <meta name="twitter:player" content="https://player.vimeo.com/video/76979871?h=9f2e">
      <meta property="og:video" content="https://cdn.example.org/clip.mp4">
      <meta property="og:video" content="http://[broken">
    </head><body><p>Story.</p></body>`);
    expect(
      findMetaPlayerMedia(doc, PAGE).map(({ element, ref }) => [element, 'videoId' in ref ? `${ref.family}:${ref.videoId}` : '']),
    ).toEqual([
      [undefined, 'youtube:Hc8yWqZ3pLs'],
      [undefined, 'vimeo:76979871'],
    ]);
  });

  it('leaves a clip the page already shows in a frame to the frame', () => {
    const doc = parseHtml(`<head><meta property="og:video" content="https://www.youtube.com/embed/Hc8yWqZ3pLs"></head>
      <body><iframe id="frame" src="https://www.youtube-nocookie.com/embed/Hc8yWqZ3pLs"></iframe></body>`);
    expect(findMedia(doc, PAGE).map(({ element }) => element?.id)).toEqual(['frame']);
  });
});
