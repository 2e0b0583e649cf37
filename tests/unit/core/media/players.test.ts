import { describe, expect, it } from 'vitest';
import { findMedia } from '../../../../core/media/find-media';
import { findPlayerMedia } from '../../../../core/media/players';
import type { PageInfo } from '../../../../core/media/types';
import { parseHtml } from '../load-fixture';

const PAGE: PageInfo = { pageUrl: 'https://news.example.org/story', baseUrl: 'https://news.example.org/story', pageLang: 'en' };

describe('findPlayerMedia', () => {
  it('gives an in-page Brightcove player the address of its frame, where its account’s policy key is found', () => {
    const doc =
      parseHtml(`<video-js data-account="1234567890001" data-player="rJk2Lq9" data-embed="default" data-video-id="6300000000001"></video-js>
      <video-js data-account="1234567890001" data-video-id="ref:harbour-1"></video-js>
      <video-js data-account="not-a-number" data-video-id="6300000000001"></video-js>`);
    expect(findPlayerMedia(doc, PAGE).map(({ ref }) => ('embedUrl' in ref ? ref.embedUrl : undefined))).toEqual([
      'https://players.brightcove.net/1234567890001/rJk2Lq9_default/index.html?videoId=6300000000001',
      'https://players.brightcove.net/1234567890001/default_default/index.html?videoId=ref%3Aharbour-1',
      undefined,
    ]);
  });

  it('gives each player container its family, its clip id and its label', () => {
    const doc = parseHtml(`<article>
      <lite-youtube id="yt" videoid="Hc8yWqZ3pLs" playlabel="The harbour at dawn"></lite-youtube>
      <div id="jw" class="jwplayer" data-jw-media-id="AbCd1234"></div>
      <video-js id="bc" data-account="1234" data-video-id="6300" aria-label="Crane drivers"></video-js>
      <div id="svt" data-svt-video-id="jXvYk2" title="Fyren"></div>
      <div id="plain" data-video-id="clip-77"></div>
    </article>`);
    const found = findPlayerMedia(doc, PAGE);
    expect(found.map(({ element, ref }) => [element?.id, ref])).toEqual([
      [
        'yt',
        expect.objectContaining({
          source: 'player',
          family: 'youtube',
          videoId: 'Hc8yWqZ3pLs',
          title: 'The harbour at dawn',
          mediaType: 'video',
        }),
      ],
      ['jw', expect.objectContaining({ family: 'jwplayer', videoId: 'AbCd1234' })],
      ['bc', expect.objectContaining({ family: 'brightcove', videoId: '6300', title: 'Crane drivers' })],
      ['svt', expect.objectContaining({ family: 'svt', videoId: 'jXvYk2', title: 'Fyren' })],
      ['plain', expect.objectContaining({ family: 'generic', videoId: 'clip-77' })],
    ]);
    // A container without a label gives its clip no title.
    expect(found[1]?.ref.title).toBeUndefined();
  });

  it('leaves a player that holds a <video> to the HTML5 finder (one clip, not two), and one the JSON-LD describes to that finder', () => {
    const doc = parseHtml(`<html><head><script type="application/ld+json">
      {"@type": "VideoObject", "name": "Fyren", "transcript": "Fyren tändes 1882.", "identifier": "jXvYk2"}
    </script></head><body><article>
      <div class="video-js" id="shell"><video id="with-video" src="a.mp4"><track kind="captions" src="a.vtt" srclang="en"></video></div>
      <div data-video-id="jXvYk2" id="described"></div>
      <div class="yt-player" id="bare" data-youtube-id="abc123xyz"></div>
    </article></body></html>`);
    expect(findMedia(doc, PAGE).map((m) => [m.element?.id, m.ref.source])).toEqual([
      ['with-video', 'html5'],
      ['described', 'json-ld'],
      ['bare', 'player'],
    ]);
  });
});
