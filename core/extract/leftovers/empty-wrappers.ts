import { HEADING_SELECTOR, MEDIA_SELECTOR, isHeading, textOf } from './blocks';
import type { LeftoverRule } from './rule';

/** A heading says what follows in a few words; a longer one is a lead set large, not a label. */
const MAX_HEADING_CHARS = 80;
/** What is left of a wrapper once its content is gone: separators, bullets, arrows. */
const ONLY_MARKS = /^[\s|•·»«›‹>:\-–—/,;.()[\]*]*$/u;

/**
 * What the other rules leave behind: wrappers with nothing to read or see in them, and headings
 * with nothing under them before the next heading of their rank or the end of the article (the
 * "Related stories" over a list that is gone).
 */
export const emptyWrappers: LeftoverRule = {
  name: 'empty-wrappers',
  find(content) {
    const empty = Array.from(content.querySelectorAll('div, section, p, ul, ol, li, dl, figure, header, footer, span, blockquote, table, aside')).filter(
      (element) => ONLY_MARKS.test(textOf(element)) && !element.matches(MEDIA_SELECTOR) && !element.querySelector(MEDIA_SELECTOR),
    );
    const orphans = Array.from(content.querySelectorAll(HEADING_SELECTOR)).filter(
      (heading) => textOf(heading).length <= MAX_HEADING_CHARS && !hasContentAfter(heading, content),
    );
    return [...empty, ...orphans];
  },
};

/** Whether anything to read or see follows a heading before the next heading of its rank or higher. */
function hasContentAfter(heading: Element, root: Element): boolean {
  const rank = Number(heading.localName[1]);
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* elements */ | 4 /* text */);
  walker.currentNode = heading;
  // Past the heading's own text first.
  let node: Node | null = walker.currentNode;
  while ((node = walker.nextNode()) && heading.contains(node));
  for (; node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      const element = node as Element;
      if (isHeading(element) && Number(element.localName[1]) <= rank) return false;
      if (element.matches(MEDIA_SELECTOR)) return true;
    } else if (!ONLY_MARKS.test(node.textContent ?? '')) return true;
  }
  return false;
}
