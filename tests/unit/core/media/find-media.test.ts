import { describe, expect, it } from 'vitest';
import { findMedia, MEDIA_FINDERS } from '../../../../core/media/find-media';
import { findHtml5Media } from '../../../../core/media/html5';
import { findJsonLdMedia } from '../../../../core/media/json-ld';
import type { PageInfo } from '../../../../core/media/types';
import { parseHtml } from '../load-fixture';

const PAGE: PageInfo = { pageUrl: 'https://news.example.org/story', baseUrl: 'https://news.example.org/story', pageLang: 'sv' };

describe('findMedia', () => {
  it('registers the HTML5 finder', () => {
    expect(MEDIA_FINDERS).toContain(findHtml5Media);
  });

  it('registers the JSON-LD finder after the HTML5 one', () => {
    expect(MEDIA_FINDERS.indexOf(findJsonLdMedia)).toBeGreaterThan(MEDIA_FINDERS.indexOf(findHtml5Media));
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

  describe('with JSON-LD clips', () => {
    const jsonLd = (data: object) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

    it('does not claim an html5 video a second time for the JSON-LD clip that names it', () => {
      const doc = parseHtml(`<article>
        ${jsonLd({ '@type': 'VideoObject', name: 'Described', identifier: 'gull-3310', transcript: 'Gulls.' })}
        <video id="v" data-video-id="gull-3310"><track kind="captions" src="gulls.vtt" srclang="en"></video>
      </article>`);
      const found = findMedia(doc, PAGE);
      expect(found.map((m) => [m.ref.id, m.ref.source, m.element?.id])).toEqual([['clip-1', 'html5', 'v']]);
    });

    it('counts a player shell around a <video> already found as the same clip', () => {
      const doc = parseHtml(`<article>
        ${jsonLd({ '@type': 'VideoObject', name: 'Described', identifier: 'gull-3310', transcript: 'Gulls.' })}
        <div id="shell" data-video-id="gull-3310"><video id="v"><track kind="captions" src="gulls.vtt" srclang="en"></video></div>
      </article>`);
      expect(findMedia(doc, PAGE).map((m) => [m.ref.source, m.element?.id])).toEqual([['html5', 'v']]);
    });

    it('puts clips the page only describes after those it shows, in document order', () => {
      const doc = parseHtml(`<article>
        ${jsonLd({
          '@graph': [
            { '@type': 'AudioObject', name: 'Only described', transcript: 'No player for this one.' },
            { '@type': 'VideoObject', name: 'Shell', embedUrl: 'https://player.example.com/embed/wharf-8080', transcript: 'Wharf.' },
          ],
        })}
        <p>Intro</p>
        <div class="player" id="shell" data-video-id="wharf-8080"><p>Turn on JavaScript to watch.</p></div>
        <audio id="later" src="a.mp3"></audio>
      </article>`);
      const found = findMedia(doc, PAGE);
      expect(found.map((m) => [m.ref.id, m.ref.source, m.ref.title ?? null, m.element?.id ?? null])).toEqual([
        ['clip-1', 'json-ld', 'Shell', 'shell'],
        ['clip-2', 'html5', null, 'later'],
        ['clip-3', 'json-ld', 'Only described', null],
      ]);
    });

    it('keeps the order of several clips without an element', () => {
      const doc = parseHtml(
        jsonLd([
          { '@type': 'AudioObject', name: 'One', transcript: 'First.' },
          { '@type': 'AudioObject', name: 'Two', transcript: 'Second.' },
          { '@type': 'VideoObject', name: 'Three', transcript: 'Third.' },
        ]) + '<video id="shown"></video>',
      );
      expect(findMedia(doc, PAGE).map((m) => [m.ref.id, m.ref.title ?? m.element?.id])).toEqual([
        ['clip-1', 'shown'],
        ['clip-2', 'One'],
        ['clip-3', 'Two'],
        ['clip-4', 'Three'],
      ]);
    });
  });
});
