import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMedia } from '../../../../core/media/find-media';
import { findSvtPageMedia } from '../../../../core/media/svt';
import type { PageInfo } from '../../../../core/media/types';
import { parseHtml } from '../load-fixture';

const PAGE: PageInfo = {
  pageUrl: 'https://www.svt.se/nyheter/lokalt/gavleborg/hamnkaptenen',
  baseUrl: 'https://www.svt.se/nyheter/lokalt/gavleborg/hamnkaptenen',
  pageLang: 'sv',
};
const TURBO_STREAM_PAGE = readFileSync(join(import.meta.dirname, '../../../fixtures/site/svt-turbo-stream.html'), 'utf8');

const idsAndShells = (doc: Document) =>
  findSvtPageMedia(doc, PAGE).map(({ element, ref }) => [
    'videoId' in ref ? ref.videoId : '',
    element?.getAttribute('data-testid') ?? null,
  ]);

describe('findSvtPageMedia', () => {
  it('reads the article’s clips from React Router’s turbo-stream data: top media in the empty player, then the body’s video', () => {
    expect(idsAndShells(parseHtml(TURBO_STREAM_PAGE))).toEqual([
      ['kR4tW9p', 'video-player'],
      ['mB7xQ2c', null],
    ]);
  });

  it('leaves out clips of related articles the data also names', () => {
    expect(idsAndShells(parseHtml(TURBO_STREAM_PAGE)).map(([id]) => id)).not.toContain('zZ9yY8x');
  });

  it('reads the older urqlState blob, whose entries hold their data as JSON strings', () => {
    const data = JSON.stringify({
      page: {
        title: 'Isvintern',
        topMedia: { __typename: 'VideoClip', svtId: 'kR4tW9p' },
        body: [{ __typename: 'VideoBlock', video: { svtId: 'mB7xQ2c' } }],
      },
    });
    const doc = parseHtml(`<div class="video-player"><noscript><p>Javascript är avstängt</p></noscript></div>
      <script>window.svt = {"nyh": {}, "urqlState": {"1234567890": {"data": ${JSON.stringify(data)}, "hasNext": false}}};</script>`);
    expect(findSvtPageMedia(doc, PAGE).map(({ ref }) => ('videoId' in ref ? [ref.family, ref.videoId] : []))).toEqual([
      ['svt', 'kR4tW9p'],
      ['svt', 'mB7xQ2c'],
    ]);
  });

  it('finds nothing on a page without SVT’s data, or with data that does not decode', () => {
    expect(findSvtPageMedia(parseHtml('<div class="video-player"></div><script>var page = {"svtId": "kR4tW9p"};</script>'), PAGE)).toEqual(
      [],
    );
    expect(
      findSvtPageMedia(
        parseHtml('<script>c.enqueue("[not json");</script><script>window.svt = {"urqlState": {"1": {"data": "{broken"}}};</script>'),
        PAGE,
      ),
    ).toEqual([]);
  });

  it('counts a clip once when an embedded SVT player names it too', () => {
    const doc = parseHtml(`${TURBO_STREAM_PAGE}<iframe src="https://www.svt.se/videoplayer-embed/kR4tW9p"></iframe>`);
    expect(findMedia(doc, PAGE).map(({ ref }) => ('videoId' in ref ? ref.videoId : ''))).toEqual(['kR4tW9p', 'mB7xQ2c']);
  });
});
