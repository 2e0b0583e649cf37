import DOMPurify from 'dompurify';

/** Nothing in the reader is a form or carries the page's styles or class names. */
const FORBIDDEN_TAGS = ['style', 'form', 'input', 'button', 'select', 'textarea', 'dialog'];

const PURIFY_OPTIONS = {
  FORBID_TAGS: FORBIDDEN_TAGS,
  // Page class names would pick up the reader's own rules.
  FORBID_ATTR: ['style', 'class'],
  // Page ids would collide with the reader's own inside its shadow root.
  SANITIZE_NAMED_PROPS: true,
};

/**
 * Cleans the article with DOMPurify where it stands, in the detached copy of the page that
 * Readability worked on: no second parse of the article's markup. Returns the element.
 */
export function sanitizeArticleInPlace(article: Element, win: Window & typeof globalThis = window): Element {
  return DOMPurify(win).sanitize(article, { ...PURIFY_OPTIONS, IN_PLACE: true }) as Element;
}
