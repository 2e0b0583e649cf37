import { describe, expect, it } from 'vitest';
import { findMedia, MEDIA_FINDERS } from '../../../../core/media/find-media';
import { findHtml5Media } from '../../../../core/media/html5';
import type { PageInfo } from '../../../../core/media/types';
import { parseHtml } from '../load-fixture';

const PAGE: PageInfo = { pageUrl: 'https://news.example.org/story', baseUrl: 'https://news.example.org/story', pageLang: 'sv' };

describe('findMedia', () => {
  it('registers the HTML5 finder', () => {
    expect(MEDIA_FINDERS).toContain(findHtml5Media);
  });

  it('numbers clips clip-1, clip-2… in document order', () => {
    const doc = parseHtml(`<article>
      <p>Intro</p>
      <figure><audio id="first" src="a.mp3"></audio><figcaption>The foghorn</figcaption></figure>
      <p>Middle</p>
      <div><div><video id="second"><track kind="captions" src="v.vtt" srclang="sv"></video></div></div>
      <video id="third"></video>
    </article>`);
    const found = findMedia(doc, PAGE);
    expect(found.map((m) => [m.ref.id, m.element?.id, m.ref.mediaType])).toEqual([
      ['clip-1', 'first', 'audio'],
      ['clip-2', 'second', 'video'],
      ['clip-3', 'third', 'video'],
    ]);
    expect(found[0]?.ref.title).toBe('The foghorn');
    expect(found[1]?.ref.tracks.map((t) => t.url)).toEqual(['https://news.example.org/v.vtt']);
    expect(found.every((m) => m.ref.pageLang === 'sv' && m.ref.pageUrl === PAGE.pageUrl)).toBe(true);
  });

  it('searches only inside the root it is given', () => {
    const doc = parseHtml('<video id="outside"></video><section id="root"><video id="inside"></video></section>');
    const found = findMedia(doc.getElementById('root')!, PAGE);
    expect(found.map((m) => [m.ref.id, m.element?.id])).toEqual([['clip-1', 'inside']]);
  });

  it('finds nothing on a page without clips', () => {
    expect(findMedia(parseHtml('<p>Only words.</p>'), PAGE)).toEqual([]);
  });
});
