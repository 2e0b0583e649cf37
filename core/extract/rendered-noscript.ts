/**
 * With page scripts off, the HTML parser makes a <noscript>'s content real elements, and the
 * reader sees them: often the article itself, or a whole page a stray tag left inside one.
 * Readability drops every <noscript>, so in the reader's copy each such one gives way to its
 * content. One the parser kept as text (scripts on) shows nothing and stays.
 */
export function unwrapRenderedNoscripts(copy: Document): void {
  for (const noscript of Array.from(copy.getElementsByTagName('noscript')).reverse()) {
    if (noscript.firstElementChild) noscript.replaceWith(...Array.from(noscript.childNodes));
  }
}
