import { linkDensity, outwardLinks, textOf, type PageAddress } from './blocks';
import type { LeftoverRule } from './rule';

/** A teaser is a headline and a line or two: more than this is a story's own section. */
const MAX_TEASER_CHARS = 400;
/** A headline's length, at least, in its link. */
const MIN_HEADLINE_CHARS = 15;

/**
 * Teasers for other stories: another `<article>` inside the story, or boxes in a row of the same
 * kind that are each a headline linking elsewhere and a line or two ("Read next", "More from").
 */
export const teasers: LeftoverRule = {
  name: 'teasers',
  group: (block) => `${block.parentElement ? 'row' : ''}:${signature(block)}`,
  find(content, page) {
    const nested = Array.from(content.querySelectorAll('article')).filter((article) => isTeaser(article, page));
    const rows = Array.from(content.querySelectorAll('li, div, section, article, aside')).filter((box) => {
      if (!isTeaser(box, page)) return false;
      const kin = Array.from(box.parentElement?.children ?? []).filter(
        (sibling) => sibling !== box && signature(sibling) === signature(box),
      );
      return kin.some((sibling) => isTeaser(sibling, page));
    });
    return [...nested, ...rows];
  },
};

/** A headline that links to another page, and little besides it. */
function isTeaser(box: Element, page: PageAddress): boolean {
  const text = textOf(box);
  if (!text || text.length > MAX_TEASER_CHARS) return false;
  const headline = outwardLinks(box, page).some(
    (link) => textOf(link).length >= MIN_HEADLINE_CHARS && (link.querySelector('h2, h3, h4, h5, h6') || link.closest('h2, h3, h4, h5, h6')),
  );
  return headline && linkDensity(box, page, text) >= 0.1;
}

/** What makes boxes in a row the same kind: their tag and class. */
function signature(element: Element): string {
  return `${element.localName}.${(element.getAttribute('class') ?? '').trim()}`;
}
