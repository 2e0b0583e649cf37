import { describe, expect, it } from 'vitest';
import { findHtml5Media } from '../../../../core/media/html5';
import type { PageInfo } from '../../../../core/media/types';
import { parseHtml } from '../load-fixture';

const PAGE: PageInfo = {
  pageUrl: 'https://news.example.org/2024/ferry/story.html?ref=front',
  baseUrl: 'https://news.example.org/2024/ferry/story.html?ref=front',
  pageLang: 'en',
};

function find(html: string, page: PageInfo = PAGE) {
  return findHtml5Media(parseHtml(html), page);
}

describe('findHtml5Media', () => {
  it('finds nothing on a page without video or audio', () => {
    // No <iframe> here: happy-dom's DOMParser would load its page over the network.
    expect(find('<p>No clips.</p><img src="still.jpg" alt="">')).toEqual([]);
  });

  it('describes a video with its page, language and poster', () => {
    const [media] = find('<video id="v" poster="/img/poster.jpg" src="clip.mp4"></video>');
    expect(media?.element?.id).toBe('v');
    expect(media?.ref).toEqual({
      source: 'html5',
      mediaType: 'video',
      title: undefined,
      pageUrl: PAGE.pageUrl,
      pageLang: 'en',
      poster: 'https://news.example.org/img/poster.jpg',
      tracks: [],
    });
  });

  it('gives audio the page’s podcast feed and its own file, to find the episode’s transcripts; video neither', () => {
    const doc = parseHtml(`<head><link rel="alternate" type="application/rss+xml" href="/feed/hamnen.xml" title="Hamnens röster"></head>
      <audio controls><source src="media/avsnitt-1.mp3?x=1" type="audio/mpeg"></audio><video src="clip.mp4"></video>`);
    expect(
      findHtml5Media(doc, PAGE).map(({ ref }) => ('feedUrl' in ref ? [ref.mediaType, ref.feedUrl, ref.mediaUrl] : [ref.mediaType])),
    ).toEqual([
      ['audio', new URL('/feed/hamnen.xml', PAGE.baseUrl).href, new URL('media/avsnitt-1.mp3?x=1', PAGE.baseUrl).href],
      ['video'],
    ]);
  });

  it('names no feed where the page links none', () => {
    const [audio] = findHtml5Media(
      parseHtml('<link rel="alternate" type="application/atom+xml" href="/atom"><audio src="a.mp3"></audio>'),
      PAGE,
    );
    expect(audio?.ref).not.toHaveProperty('feedUrl');
  });

  it('tells audio from video', () => {
    const found = find('<audio src="a.mp3"></audio><video src="v.mp4"></video>');
    expect(found.map((m) => m.ref.mediaType)).toEqual(['audio', 'video']);
  });

  it('keeps captions and subtitles tracks and a track without kind', () => {
    const [media] = find(`<video>
      <track kind="captions" src="cc.en.vtt" srclang="en" label="English CC" default>
      <track kind="subtitles" src="sub.sv.vtt" srclang="sv" label="Svenska">
      <track src="nokind.fi.vtt" srclang="fi">
    </video>`);
    expect(media?.ref.tracks).toEqual([
      { url: 'https://news.example.org/2024/ferry/cc.en.vtt', kind: 'captions', lang: 'en', label: 'English CC', isDefault: true },
      { url: 'https://news.example.org/2024/ferry/sub.sv.vtt', kind: 'subtitles', lang: 'sv', label: 'Svenska', isDefault: false },
      { url: 'https://news.example.org/2024/ferry/nokind.fi.vtt', kind: 'subtitles', lang: 'fi', label: undefined, isDefault: false },
    ]);
  });

  it('treats an empty kind as subtitles and reads kind in any case', () => {
    const [media] = find('<video><track kind="" src="a.vtt"><track kind=" CAPTIONS " src="b.vtt"></video>');
    expect(media?.ref.tracks.map((t) => t.kind)).toEqual(['subtitles', 'captions']);
  });

  it('drops chapters, metadata, descriptions and unknown kinds', () => {
    const [media] = find(`<video>
      <track kind="chapters" src="chapters.vtt">
      <track kind="metadata" src="meta.vtt">
      <track kind="descriptions" src="desc.vtt">
      <track kind="karaoke" src="odd.vtt">
      <track kind="captions" src="words.vtt">
    </video>`);
    expect(media?.ref.tracks.map((t) => t.url)).toEqual(['https://news.example.org/2024/ferry/words.vtt']);
  });

  it('leaves language and label out when they are missing or blank', () => {
    const [media] = find('<video><track src="a.vtt" srclang=" " label=""></video>');
    expect(media?.ref.tracks).toEqual([
      { url: 'https://news.example.org/2024/ferry/a.vtt', kind: 'subtitles', lang: undefined, label: undefined, isDefault: false },
    ]);
  });

  it('drops tracks without a source', () => {
    const [media] = find('<video><track kind="captions"><track kind="captions" src="  "></video>');
    expect(media?.ref.tracks).toEqual([]);
  });

  it('resolves relative sources against the base URL, not the page URL', () => {
    const page: PageInfo = { ...PAGE, baseUrl: 'https://cdn.example.net/media/' };
    const [media] = find(
      '<video poster="p.jpg"><track src="../captions/a.vtt"><track src="//other.example.com/b.vtt"><track src="https://abs.example.com/c.vtt"></video>',
      page,
    );
    expect(media?.ref.tracks.map((t) => t.url)).toEqual([
      'https://cdn.example.net/captions/a.vtt',
      'https://other.example.com/b.vtt',
      'https://abs.example.com/c.vtt',
    ]);
    expect(media?.ref.poster).toBe('https://cdn.example.net/media/p.jpg');
  });

  it('takes the title from the title attribute', () => {
    const [media] = find('<figure><video title="  The harbour at dawn "></video><figcaption>Caption text</figcaption></figure>');
    expect(media?.ref.title).toBe('The harbour at dawn');
  });

  it('takes the title from aria-label when there is no title attribute', () => {
    const [media] = find('<video aria-label="Skipper interview"></video>');
    expect(media?.ref.title).toBe('Skipper interview');
  });

  it('takes the title from the figure’s figcaption, with its spaces collapsed', () => {
    const [media] = find(
      '<figure><div class="player"><video></video></div><figcaption>\n  Skipper Tove Ahlgren\n  on the <b>ice</b>  </figcaption></figure>',
    );
    expect(media?.ref.title).toBe('Skipper Tove Ahlgren on the ice');
  });

  it('falls back to the figcaption when the title attribute is blank', () => {
    const [media] = find('<figure><video title="  "></video><figcaption>From the pier</figcaption></figure>');
    expect(media?.ref.title).toBe('From the pier');
  });

  it('has no title when there is neither an attribute nor a caption', () => {
    const [media] = find('<figure><video></video><figcaption>   </figcaption></figure><p>Not a caption.</p>');
    expect(media?.ref.title).toBeUndefined();
  });

  it('finds clips in document order', () => {
    const found = find('<video id="a"></video><div><audio id="b"></audio></div><video id="c"></video>');
    expect(found.map((m) => m.element?.id)).toEqual(['a', 'b', 'c']);
  });
});
