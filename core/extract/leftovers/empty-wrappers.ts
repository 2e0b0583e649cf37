import { HEADING_SELECTOR, MEDIA_SELECTOR, isHeading, leafBlocks, textOf } from './blocks';
import type { LeftoverRule } from './rule';

/** A heading says what follows in a few words; a longer one is a lead set large, not a label. */
const MAX_HEADING_CHARS = 80;
/** What is left of a wrapper once its content is gone: separators, bullets, arrows. */
const ONLY_MARKS = /^[\s|•·»«›‹>:\-–—/,;.()[\]*]*$/u;
/** A label over a box's content: a few words, not a sentence ("More on this", "Share this:"). */
const MAX_LABEL_CHARS = 60;
const ENDS_SENTENCE = /[.!?…"”»)]$/u;
/** Boxes that hold a section of a page; a paragraph, a list item or a caption is text in its own right. */
const BOX_SELECTOR = 'div, section, aside, header, footer';

/**
 * What the other rules leave behind: wrappers with nothing to read or see in them, headings
 * with nothing under them before the next heading of their rank or the end of the article (the
 * "Related stories" over a list that is gone), and a box that lost its content to another rule
 * and holds only the label that named it ("Mehr zum Thema" set in a <span>).
 */
export const emptyWrappers: LeftoverRule = {
  name: 'empty-wrappers',
  find(content, _facts, emptied) {
    const empty = Array.from(
      content.querySelectorAll('div, section, p, ul, ol, li, dl, figure, header, footer, span, blockquote, table, aside'),
    ).filter((element) => ONLY_MARKS.test(textOf(element)) && !element.matches(MEDIA_SELECTOR) && !element.querySelector(MEDIA_SELECTOR));
    const orphans = Array.from(content.querySelectorAll(HEADING_SELECTOR)).filter(
      (heading) => textOf(heading).length <= MAX_HEADING_CHARS && !hasContentAfter(heading, content),
    );
    return [...empty, ...orphans, ...Array.from(emptied).filter((box) => content.contains(box) && isLabelLeft(box))];
  },
};

/**
 * Whether a box holds no more than a label: a few words on one line, not a sentence, nothing to
 * see, no list. A box with a heading is left to the heading's own test, which looks past the box;
 * a figure's caption is never a label.
 */
function isLabelLeft(box: Element): boolean {
  if (
    !box.matches(BOX_SELECTOR) ||
    box.closest('figure') ||
    box.querySelector(`${HEADING_SELECTOR}, ${MEDIA_SELECTOR}, figcaption, li, dt, dd`)
  )
    return false;
  const text = textOf(box);
  if (text.length > MAX_LABEL_CHARS || ENDS_SENTENCE.test(text)) return false;
  // One line: two or more ("Baking time", "15–30 min") are facts set side by side, not a label.
  return leafBlocks(box).filter((block) => textOf(block)).length <= 1;
}

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
