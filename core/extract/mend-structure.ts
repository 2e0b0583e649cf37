/**
 * Mends the article's structure where the page's markup breaks the rules screen readers navigate
 * by: heading levels that skip (a title, then an h4), and definition lists used to indent text.
 */

/** Renames an element, keeping its attributes and children. */
function renamed(element: Element, tag: string): Element {
  const next = element.ownerDocument.createElement(tag);
  for (const { name, value } of Array.from(element.attributes)) next.setAttribute(name, value);
  next.append(...Array.from(element.childNodes));
  element.replaceWith(next);
  return next;
}

/**
 * Heading levels step down one at a time below the reader's own title (an h1): each heading is
 * at most one deeper than the one before, and none is another h1. Headings people jump between
 * by level then find no gaps; the order and the words stay.
 */
export function evenHeadingLevels(root: ParentNode): number {
  let previous = 1;
  let changed = 0;
  for (const heading of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const level = Number(heading.localName[1]);
    const even = Math.min(Math.max(level, 2), previous + 1);
    if (even !== level) {
      renamed(heading, `h${even}`);
      changed++;
    }
    previous = even;
  }
  return changed;
}

const LIST_PARTS = new Set(['dt', 'dd', 'div', 'script', 'template']);

/**
 * A definition list with no term, or with other things in it, is a page indenting text (wikis
 * do): it becomes indented blocks, which is what it shows, not a list of terms it is not.
 */
export function mendDefinitionLists(root: ParentNode): number {
  let mended = 0;
  for (const list of Array.from(root.querySelectorAll('dl')).reverse()) {
    const parts = Array.from(list.children);
    const isList =
      parts.some((part) => part.localName === 'dt') && parts.every((part) => LIST_PARTS.has(part.localName)) && !hasLooseText(list);
    if (isList) continue;
    for (const part of parts)
      if (part.localName === 'dd' || part.localName === 'dt')
        renamed(part, 'div').classList.add(part.localName === 'dd' ? 'legible-indent' : 'legible-term');
    renamed(list, 'div').classList.add('legible-indent-list');
    mended++;
  }
  return mended;
}

function hasLooseText(element: Element): boolean {
  return Array.from(element.childNodes).some((node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '');
}
