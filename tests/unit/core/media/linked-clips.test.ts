import { describe, expect, it } from 'vitest';
import { findMedia } from '../../../../core/media/find-media';
import { findLinkedClips } from '../../../../core/media/linked-clips';
import type { PageInfo } from '../../../../core/media/types';
import { parseHtml } from '../load-fixture';

const PAGE: PageInfo = { pageUrl: 'https://news.example.org/story', baseUrl: 'https://news.example.org/story', pageLang: 'sv' };
const idsOf = (html: string) =>
  findLinkedClips(parseHtml(html), PAGE).map(({ element, ref }) => [
    element,
    'videoId' in ref ? `${ref.family}:${ref.videoId}` : '',
    ref.title,
  ]);

describe('findLinkedClips', () => {
  it('lists the clips the article’s text links to on YouTube and SVT Play, once each, named by their links', () => {
    expect(
      idsOf(`<article><p>Se <a href="https://www.youtube.com/watch?v=Hc8yWqZ3pLs&t=30s">intervjun</a>, eller
        <a href="https://youtu.be/Hc8yWqZ3pLs">samma intervju</a> och <a href="https://www.svtplay.se/video/jXvYk2/hamnen">Hamnen, avsnitt 1</a>.
        <a href="https://www.youtube.com/shorts/Qw-98_zxcVB">Kort klipp</a> <a href="https://www.youtube.com/channel/UCx">Kanalen</a></p></article>`),
    ).toEqual([
      [undefined, 'youtube:Hc8yWqZ3pLs', 'intervjun'],
      [undefined, 'svt:jXvYk2', 'Hamnen, avsnitt 1'],
      [undefined, 'youtube:Qw-98_zxcVB', 'Kort klipp'],
    ]);
  });

  it('takes no links outside the article’s text, and no more than five', () => {
    const links = Array.from({ length: 8 }, (_, i) => `<a href="https://youtu.be/Hc8yWqZ3pL${i}">${i}</a>`).join(' ');
    expect(idsOf(`<nav><a href="https://youtu.be/Hc8yWqZ3pLs">Senaste</a></nav><main><p>${links}</p></main>`)).toHaveLength(5);
    expect(idsOf('<nav><a href="https://youtu.be/Hc8yWqZ3pLs">Senaste</a></nav><div><p>Text.</p></div>')).toEqual([]);
  });

  it('leaves a clip the page embeds to its frame', () => {
    const doc = parseHtml(
      '<article><iframe id="frame" src="https://www.youtube-nocookie.com/embed/Hc8yWqZ3pLs"></iframe><p><a href="https://youtu.be/Hc8yWqZ3pLs">på YouTube</a></p></article>',
    );
    expect(findMedia(doc, PAGE).map(({ element }) => element?.id)).toEqual(['frame']);
  });
});
