/**
 * Whether the page's own scripts are off. The HTML parser reads <noscript> content as markup only
 * when scripting is off for the document: a <noscript> of the page's own that holds markup tells,
 * and where there is none, a parsed probe (a constant, no page content) does. No page script runs.
 */
export function pageScriptsOff(doc: Document): boolean {
  for (const noscript of Array.from(doc.getElementsByTagName('noscript'))) {
    if (noscript.firstElementChild) return true;
    if ((noscript.textContent ?? '').includes('<')) return false;
  }
  const range = doc.createRange();
  range.selectNodeContents(doc.body ?? doc.documentElement);
  return range.createContextualFragment('<noscript><i></i></noscript>').querySelector('i') !== null;
}
