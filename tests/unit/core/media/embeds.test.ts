import { describe, expect, it } from 'vitest';
import { findEmbedMedia } from '../../../../core/media/embeds';
import { findMedia } from '../../../../core/media/find-media';
import type { PageInfo } from '../../../../core/media/types';
import { parseHtml } from '../load-fixture';

const PAGE: PageInfo = { pageUrl: 'https://news.example.org/story', baseUrl: 'https://news.example.org/story', pageLang: 'sv' };

describe('findEmbedMedia', () => {
  it('knows each embedded player by its frame address, with the clip id and the frame title', () => {
    const doc = parseHtml(`<article>
      <iframe id="yt" title="Fyren i dimma" src="https://www.youtube-nocookie.com/embed/Xy12Ab34Cd5?rel=0"></iframe>
      <iframe id="yt2" src="//www.youtube.com/embed/Qw-98_zxcVB"></iframe>
      <iframe id="vimeo" src="https://player.vimeo.com/video/987654321?h=ffee&amp;title=0"></iframe>
      <iframe id="bc" src="https://players.brightcove.net/5550001/default_default/index.html?videoId=6311112223334"></iframe>
      <iframe id="jw" src="https://cdn.jwplayer.com/players/Ab12Cd34-Zz99Yy88.html"></iframe>
      <iframe id="svt" src="https://www.svt.se/videoplayer-embed/jK8mNq2"></iframe>
    </article>`);
    expect(
      findEmbedMedia(doc, PAGE).map(({ element, ref }) => [
        element?.id,
        ref.source,
        'family' in ref ? ref.family : '',
        'videoId' in ref ? ref.videoId : '',
        ref.title,
      ]),
    ).toEqual([
      ['yt', 'player', 'youtube', 'Xy12Ab34Cd5', 'Fyren i dimma'],
      ['yt2', 'player', 'youtube', 'Qw-98_zxcVB', undefined],
      ['vimeo', 'player', 'vimeo', '987654321', undefined],
      ['bc', 'player', 'brightcove', '6311112223334', undefined],
      ['jw', 'player', 'jwplayer', 'Ab12Cd34', undefined],
      ['svt', 'player', 'svt', 'jK8mNq2', undefined],
    ]);
  });

  it('knows Dailymotion’s frames, old and new', () => {
    const doc = parseHtml(`<iframe src="https://www.dailymotion.com/embed/video/x8hamn1?autoplay=1"></iframe>
      <iframe src="https://geo.dailymotion.com/player/xpl4y.html?video=x8hamn2"></iframe>`);
    expect(findEmbedMedia(doc, PAGE).map(({ ref }) => ('videoId' in ref ? [ref.family, ref.videoId] : []))).toEqual([
      ['dailymotion', 'x8hamn1'],
      ['dailymotion', 'x8hamn2'],
    ]);
  });

  it('keeps the frame’s address, which some providers need (Vimeo’s hash for unlisted clips)', () => {
    const doc = parseHtml('<iframe src="//player.vimeo.com/video/987654321?h=ffee&amp;title=0"></iframe>');
    expect(findEmbedMedia(doc, PAGE).map(({ ref }) => ('embedUrl' in ref ? ref.embedUrl : ''))).toEqual([
      'https://player.vimeo.com/video/987654321?h=ffee&title=0',
    ]);
  });

  it('leaves other frames, and player pages that name no clip, alone', () => {
    const doc = parseHtml(`<iframe src="https://maps.example.com/embed?q=harbour"></iframe>
      <iframe src="https://www.youtube.com/watch_videos"></iframe>
      <iframe src="https://player.vimeo.com/"></iframe>
      <iframe src="https://evil.example/?u=https://www.youtube.com/embed/Xy12Ab34Cd5"></iframe>
      <iframe src="http://[bad"></iframe>`);
    expect(findEmbedMedia(doc, PAGE)).toEqual([]);
  });

  it('counts a frame inside a player container once, with the id the frame names', () => {
    const doc = parseHtml(
      '<div class="youtube-player" id="shell"><iframe id="frame" src="https://www.youtube.com/embed/Xy12Ab34Cd5"></iframe></div>',
    );
    expect(findMedia(doc, PAGE).map((m) => [m.element?.id, m.ref.source, 'videoId' in m.ref ? m.ref.videoId : ''])).toEqual([
      ['frame', 'player', 'Xy12Ab34Cd5'],
    ]);
  });
});
