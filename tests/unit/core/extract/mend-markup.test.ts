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

  it("names a link by its picture's title where the picture has no alt text", () => {
    expect(label(mended('<a href="/gallery/3"><img src="/quay.jpg" title="The quay in ice"></a>').root)).toBe('The quay in ice');
  });

  it('names a link by where it goes, short and readable', () => {
    expect(label(mended('<a href="https://www.harbour.example/2024/ice-report/"><img src="/x.jpg" alt=""></a>').root)).toBe('harbour.example/2024/ice-report');
    expect(label(mended('<a href="/caf%C3%A9/menu"></a>').root)).toBe('example.org/café/menu');
  });

  it("names a link to a part of the page by that part's name", () => {
    expect(label(mended('<a href="#footnote-2"><sup></sup></a>').root)).toBe('footnote 2');
  });

  it('leaves links that already have a name: text, alt text, or a label', () => {
    const { root, counts } = mended('<a href="/a">The ice report</a><a href="/b"><img src="/b.jpg" alt="The quay"></a><a href="/c" aria-label="Next story"></a>');
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
