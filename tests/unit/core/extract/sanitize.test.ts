import { afterEach, describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../../core/extract/sanitize';
import { openPage } from './page-window';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** Sanitizes `html` for a page and returns the result as markup. */
function sanitize(html: string): string {
  const { document, close } = openPage('<html><body></body></html>', 'https://news.example.org/a');
  closers.push(close);
  const fragment = sanitizeArticleHtml(html, document);
  expect(fragment.ownerDocument).toBe(document);
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}

// Each case is sanitized on its own: happy-dom's tree walking is not a browser's when several
// neighbouring elements are removed in one pass.
describe('sanitizeArticleHtml', () => {
  it('keeps ordinary article markup', () => {
    expect(
      sanitize(
        '<h2>Ice</h2><p>The <em>ferry</em> <a href="https://example.org/x">left</a>.</p><figure data-legible-media="clip-1"></figure>',
      ),
    ).toBe('<h2>Ice</h2><p>The <em>ferry</em> <a href="https://example.org/x">left</a>.</p><figure data-legible-media="clip-1"></figure>');
  });

  it('removes scripts', () => {
    expect(sanitize('<p>a</p><script>alert(1)</script>')).toBe('<p>a</p>');
  });

  it('removes event handler attributes', () => {
    expect(sanitize('<img src="x.jpg" alt="x" onerror="alert(1)" onload="alert(2)">')).toBe('<img src="x.jpg" alt="x">');
  });

  it('removes javascript: links but keeps their words', () => {
    expect(sanitize('<a href="javascript:alert(1)">poll</a>')).toBe('<a>poll</a>');
  });

  it('removes the page’s classes and inline styles', () => {
    expect(sanitize('<p class="lede" style="color:red">x</p>')).toBe('<p>x</p>');
  });

  it('removes style sheets', () => {
    expect(sanitize('<style>p { display: none }</style><p>x</p>')).toBe('<p>x</p>');
  });

  it('removes forms and keeps their text', () => {
    expect(sanitize('<form action="/vote"><p>Vote here</p></form>')).toBe('<p>Vote here</p>');
  });

  it('removes buttons, selects and text areas', () => {
    expect(sanitize('<button>Go</button>')).toBe('Go');
    expect(sanitize('<select><option>a</option></select>')).not.toContain('<select');
    expect(sanitize('<textarea>x</textarea>')).not.toContain('<textarea');
  });

  it('renames ids that could clobber the reader’s globals', () => {
    expect(sanitize('<p id="location">x</p>')).toBe('<p id="user-content-location">x</p>');
  });

  it('removes iframes', () => {
    expect(sanitize('<iframe title="player"></iframe><p>x</p>')).toBe('<p>x</p>');
  });
});
