import DOMPurify from 'dompurify';

/** Nothing in the reader is a form or carries the page's styles or class names. */
const FORBIDDEN_TAGS = ['style', 'form', 'input', 'button', 'select', 'textarea', 'dialog'];

/**
 * An http(s) address, or one without a scheme (relative, or a #fragment): DOMPurify's own test,
 * less its other schemes. It tests the value with whitespace and control characters removed.
 */
const WEB_OR_RELATIVE = /^(?:https?:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** Cleans article HTML with DOMPurify into a fragment owned by `doc`. */
export function sanitizeArticleHtml(html: string, doc: Document): DocumentFragment {
  const purifier = DOMPurify(doc.defaultView ?? window);
  return purifier.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: FORBIDDEN_TAGS,
    // Page class names would pick up the reader's own rules.
    FORBID_ATTR: ['style', 'class'],
    // Page ids would collide with the reader's own inside its shadow root.
    SANITIZE_NAMED_PROPS: true,
    // Links and sources go to the web or the page itself: no mail, phone or other schemes.
    ALLOWED_URI_REGEXP: WEB_OR_RELATIVE,
  });
}
