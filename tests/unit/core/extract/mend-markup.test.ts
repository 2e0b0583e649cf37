import { describe, expect, it } from 'vitest';
import { mendMarkup } from '../../../../core/extract/mend-markup';

const PAGE = 'https://www.example.org/2024/harbour-ice';

function mended(html: string) {
  const root = document.createElement('div');
  root.innerHTML = html;
  const counts = mendMarkup(root, PAGE);
  return { root, counts };
}

const label = (root: Element, selector = 'a') => root.querySelector(selector)?.getAttribute('aria-label');

describe('mendMarkup: links with no name', () => {
  it('names a link by its title', () => {
    const { root, counts } = mended('<a href="/share/mail" title="Mail this story"><span class="icon"></span></a>');
    expect(label(root)).toBe('Mail this story');
    expect(counts.namedLinks).toBe(1);
  });

  it("names a link by its picture's title where the picture has no alt text: the title becomes the alt text", () => {
    const { root } = mended('<a href="/gallery/3"><img src="/quay.jpg" title="The quay in ice"></a>');
    expect(root.querySelector('img')?.getAttribute('alt')).toBe('The quay in ice');
    expect(label(root)).toBeNull();
  });

  it('names a link by where it goes, short and readable', () => {
    expect(label(mended('<a href="https://www.harbour.example/2024/ice-report/"><img src="/x.jpg" alt=""></a>').root)).toBe(
      'harbour.example/2024/ice-report',
    );
    expect(label(mended('<a href="/caf%C3%A9/menu"></a>').root)).toBe('example.org/café/menu');
  });

  it("names a link to a part of the page by that part's name", () => {
    expect(label(mended('<a href="#footnote-2"><sup></sup></a>').root)).toBe('footnote 2');
  });

  it('leaves links that already have a name: text, alt text, or a label', () => {
    const { root, counts } = mended(
      '<a href="/a">The ice report</a><a href="/b"><img src="/b.jpg" alt="The quay"></a><a href="/c" aria-label="Next story"></a>',
    );
    expect(Array.from(root.querySelectorAll('a'), (link) => link.getAttribute('aria-label'))).toEqual([null, null, 'Next story']);
    expect(counts.namedLinks).toBe(0);
  });
});

describe('mendMarkup: roles that do not belong in an article', () => {
  it.each([
    ['a button that needs scripts', '<div role="button">Show more</div>'],
    ['a tab', '<span role="tab">Photos</span>'],
    ['a landmark beside the reader’s own', '<div role="navigation">Sections</div>'],
    ['a main region inside the article', '<div role="main">Text</div>'],
    ['a complementary box', '<div role="complementary">Aside</div>'],
    ['an unknown role', '<div role="widgetish">x</div>'],
    ['a document role that would hide a heading', '<h2 role="img">Ice</h2>'],
    ['presentation on a link', '<a href="/a" role="presentation">Ice</a>'],
    ['presentation on a picture that says something', '<img src="/a.jpg" alt="The quay" role="presentation">'],
  ])('drops %s', (_name, html) => {
    const { root, counts } = mended(html);
    expect(root.querySelector('[role]')).toBeNull();
    expect(counts.droppedRoles).toBe(1);
  });

  it.each([
    ['a labelled picture made of spans', '<span role="img" aria-label="Five stars">★★★★★</span>', 'img'],
    ['a note', '<div role="note">Corrected on 3 March.</div>', 'note'],
    ['a layout table', '<table role="presentation"><tr><td>x</td></tr></table>', 'presentation'],
    ['a footnote', '<aside role="doc-footnote" id="fn1">The log says so.</aside>', 'doc-footnote'],
    ['a footnote reference', '<a href="#fn1" role="doc-noteref">1</a>', 'doc-noteref'],
  ])('keeps %s', (_name, html, role) => {
    const { root, counts } = mended(html);
    expect(root.querySelector('[role]')?.getAttribute('role')).toBe(role);
    expect(counts.droppedRoles).toBe(0);
  });
});

describe('mendMarkup: pictures with no alt attribute, links that go nowhere', () => {
  it('gives a picture with no alt attribute an empty one, so its file name is not read aloud, and keeps alt text it has', () => {
    const { root, counts } = mended('<p><img src="/x/IMG_2041.jpg"><img src="/y.jpg" alt="The quay at dawn"><img src="/z.jpg" alt=""></p>');
    expect(Array.from(root.querySelectorAll('img'), (img) => img.getAttribute('alt'))).toEqual(['', 'The quay at dawn', '']);
    expect(counts.altTexts).toBe(1);
  });

  it('turns a link to "#" into what it holds, and names the linked picture beside it by its address', () => {
    const { root, counts } = mended(
      '<a href="#"><img src="/slide.jpg"></a> <a href="https://photos.example.org/ice/"><img src="/ice.jpg"></a>',
    );
    const links = root.querySelectorAll('a');
    expect(links[0]!.hasAttribute('href')).toBe(false);
    expect(links[1]!.getAttribute('aria-label')).toBe('photos.example.org/ice');
    expect(counts).toMatchObject({ deadLinks: 1, namedLinks: 1, altTexts: 2 });
  });
});

describe('mendMarkup: headings and definition lists', () => {
  const levels = (root: Element) => Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'), (h) => `${h.localName} ${h.textContent}`);

  it('steps heading levels down one at a time below the title, keeping their words, ids and order', () => {
    const { root, counts } = mended('<h4 id="a">Ice</h4><p>…</p><h5>Thin ice</h5><h2>Boats</h2><h4>Ferries</h4><h1>Crews</h1>');
    expect(levels(root)).toEqual(['h2 Ice', 'h3 Thin ice', 'h2 Boats', 'h3 Ferries', 'h2 Crews']);
    expect(root.querySelector('h2')?.id).toBe('a');
    expect(counts.headings).toBe(4);
  });

  it('leaves headings that already step one at a time', () => {
    const { root, counts } = mended('<h2>Ice</h2><h3>Thin</h3><h3>Thick</h3><h2>Boats</h2>');
    expect(levels(root)).toEqual(['h2 Ice', 'h3 Thin', 'h3 Thick', 'h2 Boats']);
    expect(counts.headings).toBe(0);
  });

  it('turns a definition list used only to indent into indented blocks, and keeps a real one', () => {
    const { root, counts } = mended(
      '<dl><dd>An indented reply.</dd><dd>Another.</dd></dl><dl><dt>Floe</dt><dd>A sheet of floating ice.</dd></dl>',
    );
    expect(root.querySelectorAll('dl')).toHaveLength(1);
    expect(root.querySelector('dl dt')?.textContent).toBe('Floe');
    expect(Array.from(root.querySelectorAll('.legible-indent-list > .legible-indent'), (d) => d.textContent)).toEqual([
      'An indented reply.',
      'Another.',
    ]);
    expect(counts.definitionLists).toBe(1);
  });

  it('mends a definition list with other things loose in it', () => {
    const { root } = mended('<dl><dt>Floe</dt><p>Stray paragraph.</p><dd>Ice.</dd></dl>');
    expect(root.querySelector('dl')).toBeNull();
    expect(root.textContent).toBe('FloeStray paragraph.Ice.');
  });
});
