import { describe, expect, it } from 'vitest';
import { asList, firstString, hasType, readJsonLdNodes, type JsonLdNode } from '../../../../core/media/json-ld-graph';
import { parseHtml } from '../load-fixture';

/** A page holding one `<script type="application/ld+json">` per block, written as given. */
function pageWith(...blocks: (string | object)[]): Document {
  const scripts = blocks.map(
    (block) => `<script type="application/ld+json">${typeof block === 'string' ? block : JSON.stringify(block)}</script>`,
  );
  return parseHtml(`<html><head>${scripts.join('\n')}</head><body><p>Text.</p></body></html>`);
}

/** The `@type` of each node, in order, for short assertions. */
function typesOf(nodes: JsonLdNode[]): unknown[] {
  return nodes.map((node) => node['@type']);
}

describe('readJsonLdNodes', () => {
  it('finds nothing on a page without JSON-LD', () => {
    expect(readJsonLdNodes(parseHtml('<p>No structured data.</p>'))).toEqual([]);
  });

  it('ignores scripts of other types', () => {
    const doc = parseHtml(
      '<script type="application/json">{"@type":"VideoObject"}</script><script>var x = {"@type":"VideoObject"};</script>',
    );
    expect(readJsonLdNodes(doc)).toEqual([]);
  });

  it('reads a single top-level object', () => {
    const nodes = readJsonLdNodes(pageWith({ '@context': 'https://schema.org', '@type': 'VideoObject', name: 'Lighthouse keeper' }));
    expect(nodes).toEqual([{ '@context': 'https://schema.org', '@type': 'VideoObject', name: 'Lighthouse keeper' }]);
  });

  it('unwraps @graph', () => {
    const nodes = readJsonLdNodes(
      pageWith({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'Quay page' },
          { '@type': 'AudioObject', name: 'Gull cries' },
        ],
      }),
    );
    expect(typesOf(nodes)).toEqual([undefined, 'WebPage', 'AudioObject']);
  });

  it('reads a block that is an array of objects', () => {
    const nodes = readJsonLdNodes(
      pageWith([
        { '@type': 'Organization', name: 'Coast Radio' },
        { '@type': 'VideoObject', name: 'Tide tables' },
      ]),
    );
    expect(typesOf(nodes)).toEqual(['Organization', 'VideoObject']);
  });

  it('reads every block on the page, in document order', () => {
    const nodes = readJsonLdNodes(pageWith({ '@type': 'BreadcrumbList' }, { '@type': 'VideoObject', name: 'Net mending' }));
    expect(typesOf(nodes)).toEqual(['BreadcrumbList', 'VideoObject']);
  });

  it('finds objects nested inside other objects and lists', () => {
    const nodes = readJsonLdNodes(
      pageWith({
        '@type': 'NewsArticle',
        headline: 'Pier reopens',
        video: [{ '@type': 'VideoObject', name: 'Ribbon cutting', caption: { '@type': 'MediaObject', contentUrl: '/c.vtt' } }],
        publisher: { '@type': 'Organization', logo: { '@type': 'ImageObject', url: '/logo.png' } },
      }),
    );
    expect(typesOf(nodes)).toEqual(['NewsArticle', 'VideoObject', 'MediaObject', 'Organization', 'ImageObject']);
  });

  it('does not treat the @context object as a node', () => {
    const nodes = readJsonLdNodes(
      pageWith({ '@context': { '@vocab': 'https://schema.org/', ex: 'https://example.org/' }, '@type': 'VideoObject' }),
    );
    expect(typesOf(nodes)).toEqual(['VideoObject']);
  });

  it('skips a broken block and keeps the others', () => {
    const nodes = readJsonLdNodes(
      pageWith({ '@type': 'VideoObject', name: 'Before the break' }, '{"@type": "VideoObject", "name": "Trailing comma",}', '', {
        '@type': 'AudioObject',
        name: 'After the break',
      }),
    );
    expect(nodes.map((node) => node['name'])).toEqual(['Before the break', 'After the break']);
  });

  it('replaces an {"@id"} reference with the node it names', () => {
    const clip = { '@type': 'VideoObject', '@id': '#dredger', name: 'The dredger' };
    const nodes = readJsonLdNodes(pageWith({ '@graph': [{ '@type': 'NewsArticle', video: { '@id': '#dredger' } }, clip] }));
    const videos = nodes.filter((node) => node['@type'] === 'VideoObject');
    expect(videos).toEqual([clip]);
    // The reference and the node are one entry, not two.
    expect(nodes.filter((node) => node['@id'] === '#dredger')).toHaveLength(1);
  });

  it('resolves a reference whose node comes in another block', () => {
    const nodes = readJsonLdNodes(
      pageWith(
        { '@type': 'NewsArticle', associatedMedia: { '@id': 'https://news.example.org/#sound' } },
        { '@type': 'AudioObject', '@id': 'https://news.example.org/#sound', name: 'Foghorn' },
      ),
    );
    expect(nodes.filter((node) => node['@id'] === 'https://news.example.org/#sound')).toEqual([
      { '@type': 'AudioObject', '@id': 'https://news.example.org/#sound', name: 'Foghorn' },
    ]);
  });

  it('resolves a reference that comes after the node it names', () => {
    const nodes = readJsonLdNodes(
      pageWith({
        '@graph': [
          { '@type': 'VideoObject', '@id': '#crane', name: 'Crane' },
          { '@type': 'NewsArticle', video: [{ '@id': '#crane' }] },
        ],
      }),
    );
    expect(nodes.filter((node) => node['@id'] === '#crane')).toEqual([{ '@type': 'VideoObject', '@id': '#crane', name: 'Crane' }]);
  });

  it('keeps a reference to a node the page never defines as it is', () => {
    const nodes = readJsonLdNodes(pageWith({ '@type': 'NewsArticle', video: { '@id': '#nowhere' } }));
    expect(nodes).toContainEqual({ '@id': '#nowhere' });
  });

  it('leaves a node with an @id and other fields alone even when another node has that @id', () => {
    const nodes = readJsonLdNodes(
      pageWith({
        '@graph': [
          { '@id': '#x', '@type': 'VideoObject', name: 'One' },
          { '@id': '#x', name: 'Two' },
        ],
      }),
    );
    expect(nodes.filter((node) => node['@id'] === '#x').map((node) => node['name'])).toEqual(['One', 'Two']);
  });

  it('searches only inside the root it is given', () => {
    const doc = parseHtml(
      '<script type="application/ld+json">{"@type":"VideoObject","name":"Outside"}</script><section id="root"><script type="application/ld+json">{"@type":"VideoObject","name":"Inside"}</script></section>',
    );
    expect(readJsonLdNodes(doc.getElementById('root')!).map((node) => node['name'])).toEqual(['Inside']);
  });
});

describe('hasType', () => {
  it('matches a string type', () => {
    expect(hasType({ '@type': 'VideoObject' }, ['VideoObject', 'AudioObject'])).toBe(true);
  });

  it('matches any type of a list', () => {
    expect(hasType({ '@type': ['CreativeWork', 'AudioObject'] }, ['VideoObject', 'AudioObject'])).toBe(true);
  });

  it.each(['https://schema.org/VideoObject', 'http://schema.org/VideoObject', 'schema.org/VideoObject'])(
    'matches the full name %s',
    (type) => {
      expect(hasType({ '@type': type }, ['VideoObject'])).toBe(true);
    },
  );

  it('does not match other types, other vocabularies or a missing type', () => {
    expect(hasType({ '@type': 'ImageObject' }, ['VideoObject'])).toBe(false);
    expect(hasType({ '@type': 'https://example.org/VideoObject' }, ['VideoObject'])).toBe(false);
    expect(hasType({ '@type': 'VideoObjectSeries' }, ['VideoObject'])).toBe(false);
    expect(hasType({ name: 'VideoObject' }, ['VideoObject'])).toBe(false);
    expect(hasType({ '@type': ['Clip', 7, null] }, ['VideoObject'])).toBe(false);
  });
});

describe('firstString', () => {
  it('returns a string trimmed', () => {
    expect(firstString('  Night shift  ')).toBe('Night shift');
  });

  it('returns nothing for missing, blank or non-string values', () => {
    expect(firstString(undefined)).toBeUndefined();
    expect(firstString(null)).toBeUndefined();
    expect(firstString('   ')).toBeUndefined();
    expect(firstString(42)).toBeUndefined();
    expect(firstString(true)).toBeUndefined();
    expect(firstString([])).toBeUndefined();
  });

  it('returns the first non-blank string of a list', () => {
    expect(firstString(['', 3, ' ', 'https://cdn.example.net/a.jpg', 'https://cdn.example.net/b.jpg'])).toBe(
      'https://cdn.example.net/a.jpg',
    );
  });

  it('reads an object’s url', () => {
    expect(firstString({ '@type': 'ImageObject', url: 'https://cdn.example.net/thumb.jpg' })).toBe('https://cdn.example.net/thumb.jpg');
  });

  it('reads an object’s contentUrl', () => {
    expect(firstString({ '@type': 'MediaObject', contentUrl: '/captions/sv.vtt' })).toBe('/captions/sv.vtt');
  });

  it('reads an object’s @value', () => {
    expect(firstString({ '@value': ' Hamnkranen ', '@language': 'sv' })).toBe('Hamnkranen');
  });

  it('prefers url to contentUrl', () => {
    expect(firstString({ contentUrl: '/second', url: '/first' })).toBe('/first');
  });

  it('skips objects without a usable field to reach a later item', () => {
    expect(firstString([{ '@type': 'ImageObject' }, { url: '  ' }, { url: ['/inner-list.jpg'] }])).toBe('/inner-list.jpg');
  });
});

describe('asList', () => {
  it('wraps one value, keeps a list, and drops null and undefined', () => {
    expect(asList('a')).toEqual(['a']);
    expect(asList(['a', 'b'])).toEqual(['a', 'b']);
    expect(asList(null)).toEqual([]);
    expect(asList(undefined)).toEqual([]);
    expect(asList(0)).toEqual([0]);
  });
});
