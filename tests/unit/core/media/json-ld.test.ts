import { describe, expect, it } from 'vitest';
import { findJsonLdMedia } from '../../../../core/media/json-ld';
import type { FoundMedia, MediaRefDraft, PageInfo } from '../../../../core/media/types';
import { parseHtml } from '../load-fixture';

const PAGE: PageInfo = {
  pageUrl: 'https://news.example.org/2026/quay/night-ferry.html?ref=front',
  baseUrl: 'https://news.example.org/2026/quay/night-ferry.html?ref=front',
  pageLang: 'en',
};

type JsonLdDraft = Extract<MediaRefDraft, { source: 'json-ld' }>;

/** A page with the given JSON-LD blocks in its head and `body` as its body. */
function pageWith(blocks: object[], body = '<p>Story text.</p>'): Document {
  const scripts = blocks.map((block) => `<script type="application/ld+json">${JSON.stringify(block)}</script>`).join('\n');
  return parseHtml(`<html><head>${scripts}</head><body>${body}</body></html>`);
}

function find(blocks: object[], body?: string, page: PageInfo = PAGE): FoundMedia[] {
  return findJsonLdMedia(pageWith(blocks, body), page);
}

/** The refs found, narrowed to the JSON-LD shape so transcriptText can be read. */
function refsOf(found: FoundMedia[]): JsonLdDraft[] {
  return found.map((media) => {
    if (media.ref.source !== 'json-ld') throw new Error(`expected a json-ld ref, got ${media.ref.source}`);
    return media.ref;
  });
}

const VTT_CAPTION = {
  '@type': 'MediaObject',
  contentUrl: 'https://cdn.example.net/cc/ferry.en.vtt',
  encodingFormat: 'text/vtt',
  inLanguage: 'en',
};

describe('findJsonLdMedia', () => {
  it('finds nothing on a page without JSON-LD', () => {
    expect(findJsonLdMedia(parseHtml('<video data-video-id="abcd1234"></video>'), PAGE)).toEqual([]);
  });

  it('finds nothing in JSON-LD without clips', () => {
    expect(
      find([{ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Quay closes', transcript: 'Not a clip.' }]),
    ).toEqual([]);
  });

  it('describes a VideoObject nested in NewsArticle.video', () => {
    const found = find([
      {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'The night ferry',
        video: [
          {
            '@type': 'VideoObject',
            name: ' Night ferry leaves the quay ',
            thumbnailUrl: ['/img/ferry-16x9.jpg', '/img/ferry-4x3.jpg'],
            caption: VTT_CAPTION,
            transcript: 'The engines start at midnight.',
          },
        ],
      },
    ]);
    expect(found).toEqual([
      {
        element: undefined,
        ref: {
          source: 'json-ld',
          mediaType: 'video',
          title: 'Night ferry leaves the quay',
          pageUrl: PAGE.pageUrl,
          pageLang: 'en',
          poster: 'https://news.example.org/img/ferry-16x9.jpg',
          tracks: [
            {
              url: 'https://cdn.example.net/cc/ferry.en.vtt',
              kind: 'captions',
              lang: 'en',
              label: undefined,
              isDefault: false,
              type: 'text/vtt',
            },
          ],
          transcriptText: 'The engines start at midnight.',
        },
      },
    ]);
  });

  it('describes an AudioObject in associatedMedia as audio', () => {
    const [media] = refsOf(
      find([{ '@type': 'Article', associatedMedia: { '@type': 'AudioObject', name: 'Foghorn at dawn', transcript: 'A long low note.' } }]),
    );
    expect(media).toMatchObject({
      source: 'json-ld',
      mediaType: 'audio',
      title: 'Foghorn at dawn',
      transcriptText: 'A long low note.',
      tracks: [],
    });
  });

  it('reads the type as a list or as a full schema.org address', () => {
    const found = find([
      { '@type': ['CreativeWork', 'VideoObject'], name: 'Listed', transcript: 'One.' },
      { '@type': 'https://schema.org/AudioObject', name: 'Addressed', transcript: 'Two.' },
    ]);
    expect(found.map((m) => [m.ref.title, m.ref.mediaType])).toEqual([
      ['Listed', 'video'],
      ['Addressed', 'audio'],
    ]);
  });

  it('finds each clip of an @graph once, however often it is referenced by @id', () => {
    const found = find([
      {
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'NewsArticle', headline: 'Quay', video: [{ '@id': '#night-clip' }], associatedMedia: { '@id': '#night-clip' } },
          { '@type': 'VideoObject', '@id': '#night-clip', name: 'Night clip', caption: [VTT_CAPTION] },
          { '@type': 'AudioObject', name: 'Engine room', transcript: 'Pistons, mostly.' },
        ],
      },
    ]);
    expect(found.map((m) => [m.ref.title, m.ref.mediaType])).toEqual([
      ['Night clip', 'video'],
      ['Engine room', 'audio'],
    ]);
  });

  it('takes the title from headline when there is no name', () => {
    const [media] = find([{ '@type': 'VideoObject', headline: 'Rope work', transcript: 'Knots.' }]);
    expect(media?.ref.title).toBe('Rope work');
  });

  it('takes the poster from a thumbnail ImageObject when there is no thumbnailUrl', () => {
    const [media] = find([
      { '@type': 'VideoObject', thumbnail: { '@type': 'ImageObject', url: '../stills/rope.jpg' }, transcript: 'Knots.' },
    ]);
    expect(media?.ref.poster).toBe('https://news.example.org/2026/stills/rope.jpg');
  });

  describe('captions', () => {
    function tracksOf(caption: unknown, page: PageInfo = PAGE) {
      const [media] = find(
        [{ '@type': 'VideoObject', name: 'Clip', caption, transcript: 'Kept so the clip is always found.' }],
        undefined,
        page,
      );
      return media?.ref.tracks;
    }

    it('turns a caption MediaObject into a track with its language, label and declared type', () => {
      expect(
        tracksOf({
          '@type': 'MediaObject',
          contentUrl: 'https://cdn.example.net/cc/sv.vtt',
          encodingFormat: 'text/vtt',
          inLanguage: 'sv-SE',
          name: 'Svenska',
        }),
      ).toEqual([
        { url: 'https://cdn.example.net/cc/sv.vtt', kind: 'captions', lang: 'sv-SE', label: 'Svenska', isDefault: false, type: 'text/vtt' },
      ]);
    });

    it('makes a relative caption address absolute against the base URL, not the page URL', () => {
      const page: PageInfo = { ...PAGE, baseUrl: 'https://static.example.net/articles/' };
      expect(tracksOf({ '@type': 'MediaObject', contentUrl: '../cc/fi.vtt' }, page)?.map((t) => t.url)).toEqual([
        'https://static.example.net/cc/fi.vtt',
      ]);
    });

    it('follows a caption given as an {"@id"} reference to the MediaObject it names, in the same block or another', () => {
      const clip = {
        '@type': 'VideoObject',
        name: 'Clip',
        caption: [{ '@id': '#cc-en' }, { '@id': 'https://news.example.org/#cc-sv' }],
        transcript: 'Kept.',
      };
      const english = { '@type': 'MediaObject', '@id': '#cc-en', contentUrl: '/cc/en.vtt', encodingFormat: 'text/vtt', inLanguage: 'en' };
      const swedish = {
        '@type': 'MediaObject',
        '@id': 'https://news.example.org/#cc-sv',
        contentUrl: '/cc/sv.srt',
        encodingFormat: 'application/x-subrip',
        inLanguage: 'sv',
      };
      const [media] = find([{ '@graph': [clip, english] }, swedish]);
      expect(media?.ref.tracks.map((t) => [t.url, t.lang, t.type])).toEqual([
        ['https://news.example.org/cc/en.vtt', 'en', 'text/vtt'],
        ['https://news.example.org/cc/sv.srt', 'sv', 'application/x-subrip'],
      ]);
    });

    it('skips a caption reference that names no node', () => {
      expect(tracksOf({ '@id': '#nowhere' })).toEqual([]);
    });

    it('reads the caption file from url when there is no contentUrl', () => {
      expect(tracksOf({ '@type': 'MediaObject', url: '/cc/de.vtt', inLanguage: 'de' })?.map((t) => [t.url, t.lang])).toEqual([
        ['https://news.example.org/cc/de.vtt', 'de'],
      ]);
    });

    it('leaves language, label and type out when the MediaObject does not give them', () => {
      expect(tracksOf({ '@type': 'MediaObject', contentUrl: '/cc/any.vtt' })).toEqual([
        {
          url: 'https://news.example.org/cc/any.vtt',
          kind: 'captions',
          lang: undefined,
          label: undefined,
          isDefault: false,
          type: undefined,
        },
      ]);
    });

    it('keeps every caption file of a list, in order, including SRT files', () => {
      const tracks = tracksOf([
        { '@type': 'MediaObject', contentUrl: '/cc/en.vtt', encodingFormat: 'text/vtt', inLanguage: 'en' },
        { '@type': 'MediaObject', contentUrl: '/cc/en.srt', encodingFormat: 'application/x-subrip', inLanguage: 'en' },
      ]);
      expect(tracks?.map((t) => [t.url, t.type])).toEqual([
        ['https://news.example.org/cc/en.vtt', 'text/vtt'],
        ['https://news.example.org/cc/en.srt', 'application/x-subrip'],
      ]);
    });

    it('does not take a plain-text caption for a file', () => {
      expect(tracksOf('Narrated harbour film')).toEqual([]);
      expect(tracksOf(['Narrated harbour film', VTT_CAPTION])?.map((t) => t.url)).toEqual([VTT_CAPTION.contentUrl]);
    });

    it('takes a caption string that is an address for a file', () => {
      expect(
        tracksOf(['/cc/root.vtt', '//cdn.example.net/cc/proto.vtt', 'https://cdn.example.net/cc/full.vtt'])?.map((t) => t.url),
      ).toEqual(['https://news.example.org/cc/root.vtt', 'https://cdn.example.net/cc/proto.vtt', 'https://cdn.example.net/cc/full.vtt']);
    });

    it('skips a caption MediaObject without an address', () => {
      expect(tracksOf({ '@type': 'MediaObject', encodingFormat: 'text/vtt', inLanguage: 'en' })).toEqual([]);
    });
  });

  describe('transcript', () => {
    it('keeps the transcript text, trimmed', () => {
      const [media] = refsOf(find([{ '@type': 'VideoObject', transcript: '\n  The tide turns at four.\n\nThe gulls return.  ' }]));
      expect(media?.transcriptText).toBe('The tide turns at four.\n\nThe gulls return.');
      expect(media?.tracks).toEqual([]);
    });

    it('has no transcriptText field when the clip has none', () => {
      const [media] = refsOf(find([{ '@type': 'VideoObject', caption: VTT_CAPTION }]));
      expect(media).not.toHaveProperty('transcriptText');
    });
  });

  it('never takes the article, or an element holding much text, for the player', () => {
    const clip = {
      '@type': 'VideoObject',
      name: 'Story video',
      '@id': 'https://news.example.org/story-4821',
      url: 'https://news.example.org/story-4821',
      transcript: 'Words.',
    };
    const body = `<article data-id="story-4821"><p>Story text.</p></article><div data-id="story-4821">${'Long text. '.repeat(40)}</div>`;
    expect(find([clip], body).map((m) => m.element)).toEqual([undefined]);
  });

  it('skips clips with neither caption files nor transcript', () => {
    const found = find([
      {
        '@graph': [
          { '@type': 'VideoObject', name: 'Silent', contentUrl: 'https://cdn.example.net/silent.mp4' },
          { '@type': 'VideoObject', name: 'Titled only', caption: 'Narrated harbour film', transcript: '   ' },
          { '@type': 'AudioObject', name: 'Spoken', transcript: 'Words.' },
        ],
      },
    ]);
    expect(found.map((m) => m.ref.title)).toEqual(['Spoken']);
  });

  it.each<[string, number | undefined]>([
    ['PT1M30S', 90],
    ['P0DT47S', 47],
    ['PT1H2M3.5S', 3723.5],
    ['PT', undefined],
    ['90 seconds', undefined],
  ])('reads the duration %j as %s seconds', (duration, seconds) => {
    const [media] = find([{ '@type': 'VideoObject', duration, transcript: 'Words.' }]);
    expect(media?.ref.durationSeconds).toBe(seconds);
  });

  it('hands a clip without words of its own to the player its embedUrl names', () => {
    const found = find([
      {
        '@type': 'VideoObject',
        name: 'Ferry at dawn',
        thumbnailUrl: '/img/ferry.jpg',
        embedUrl: 'https://www.youtube.com/embed/Hc8yWqZ3pLs?rel=0',
      },
    ]);
    expect(found.map((m) => m.ref)).toEqual([
      {
        source: 'player',
        family: 'youtube',
        videoId: 'Hc8yWqZ3pLs',
        embedUrl: 'https://www.youtube.com/embed/Hc8yWqZ3pLs?rel=0',
        mediaType: 'video',
        title: 'Ferry at dawn',
        pageUrl: PAGE.pageUrl,
        pageLang: 'en',
        poster: 'https://news.example.org/img/ferry.jpg',
        tracks: [],
      },
    ]);
  });

  it('keeps its own caption files ahead of the player its embedUrl names', () => {
    const [media] = find([{ '@type': 'VideoObject', caption: VTT_CAPTION, embedUrl: 'https://player.vimeo.com/video/76979871' }]);
    expect(media?.ref.source).toBe('json-ld');
  });

  it('reads an HLS manifest in contentUrl as a source of subtitles, after any caption file', () => {
    const [withCaption] = refsOf(
      find([{ '@type': 'VideoObject', caption: VTT_CAPTION, contentUrl: 'https://cdn.example.net/v/ferry/master.m3u8?token=1' }]),
    );
    expect(withCaption?.tracks.map((t) => [t.url, t.type])).toEqual([
      ['https://cdn.example.net/cc/ferry.en.vtt', 'text/vtt'],
      ['https://cdn.example.net/v/ferry/master.m3u8?token=1', 'application/vnd.apple.mpegurl'],
    ]);
    const [manifestOnly] = refsOf(
      find([{ '@type': 'VideoObject', name: 'Stream', contentUrl: ['/v/ferry/master.m3u8', '/v/ferry/manifest.mpd?x=1', '/v/ferry.mp4'] }]),
    );
    expect(manifestOnly?.tracks.map((t) => [t.url, t.type])).toEqual([
      ['https://news.example.org/v/ferry/master.m3u8', 'application/vnd.apple.mpegurl'],
      ['https://news.example.org/v/ferry/manifest.mpd?x=1', 'application/dash+xml'],
    ]);
  });

  describe('matching the clip to its player', () => {
    const clip = (fields: object) => ({ '@type': 'VideoObject', transcript: 'Words of the clip.', ...fields });

    it('matches a data-video-id found in embedUrl', () => {
      const [media] = find(
        [clip({ embedUrl: 'https://player.example.com/embed/qX7rT2' })],
        '<div class="player" data-video-id="other99"></div><div class="player" id="ours" data-video-id="qX7rT2"></div>',
      );
      expect(media?.element?.id).toBe('ours');
    });

    it.each<[string, string, object]>([
      ['data-media-id', 'identifier', { identifier: 'mx-40551' }],
      ['data-asset-id', '@id', { '@id': 'https://news.example.org/2026/quay/night-ferry.html#mx-40551' }],
      ['data-clip-id', 'contentUrl', { contentUrl: 'https://cdn.example.net/play?clip=mx-40551' }],
      ['data-video', 'contentUrl path', { contentUrl: 'https://cdn.example.net/media/mx-40551/master.m3u8' }],
      ['data-id', 'identifier list', { identifier: ['legacy-1', 'mx-40551'] }],
      ['data-video-id', 'embedUrl before a query', { embedUrl: 'https://player.example.com/e/mx-40551?start=3' }],
    ])('matches %s found in %s', (attribute, _where, fields) => {
      const [media] = find([clip(fields)], `<p>Before.</p><div id="player" ${attribute}="mx-40551"></div>`);
      expect(media?.element?.id).toBe('player');
    });

    it('trims the player’s id', () => {
      const [media] = find([clip({ identifier: 'mx-40551' })], '<div id="player" data-video-id="  mx-40551 "></div>');
      expect(media?.element?.id).toBe('player');
    });

    it('never matches an id shorter than four characters', () => {
      const found = find(
        [clip({ identifier: 'a7b', embedUrl: 'https://player.example.com/embed/a7b', '@id': '#a7b' })],
        '<div id="player" data-video-id="a7b"></div>',
      );
      expect(found).toHaveLength(1);
      expect(found[0]?.element).toBeUndefined();
    });

    it('matches an id of exactly four characters', () => {
      const [media] = find([clip({ identifier: 'k9z2' })], '<div id="player" data-video-id="k9z2"></div>');
      expect(media?.element?.id).toBe('player');
    });

    it('does not match an id that is only the start of the clip’s id', () => {
      const [media] = find(
        [clip({ embedUrl: 'https://player.example.com/embed/582044' })],
        '<div id="shorter" data-video-id="5820"></div><div id="exact" data-video-id="582044"></div>',
      );
      expect(media?.element?.id).toBe('exact');
    });

    it('gives a clip whose ids appear on no player no element', () => {
      const found = find(
        [clip({ identifier: 'zz-unknown-77', embedUrl: 'https://player.example.com/embed/zz-unknown-77' })],
        '<div data-video-id="qX7rT2"></div>',
      );
      expect(found).toHaveLength(1);
      expect(found[0]?.element).toBeUndefined();
    });

    it('gives a clip without any id no element', () => {
      const [media] = find([clip({})], '<div data-video-id="qX7rT2"></div>');
      expect(media?.element).toBeUndefined();
    });

    it('matches two clips to their own players', () => {
      const found = find(
        [
          clip({ name: 'Second', identifier: 'beta-2222' }),
          clip({ name: 'First', embedUrl: 'https://player.example.com/embed/alpha-1111' }),
        ],
        '<div id="p1" data-media-id="alpha-1111"></div><div id="p2" data-media-id="beta-2222"></div>',
      );
      expect(found.map((m) => [m.ref.title, m.element?.id])).toEqual([
        ['Second', 'p2'],
        ['First', 'p1'],
      ]);
    });
  });
});
