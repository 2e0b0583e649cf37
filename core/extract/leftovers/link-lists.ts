import { enclosingBox, leafBlocks, linkDensity, outwardLinks, textOf, type PageAddress } from './blocks';
import type { LeftoverRule } from './rule';

/** "Read also:" and its kin in the clean-up's languages, where they lead a link to another story. */
const SEE_ALSO =
  /^[\s»›>•·]*(?:read (?:also|more|next)|see also|related|more on this|(?:lesen sie|lies) (?:auch|mehr|hier)|siehe auch|auch interessant|mehr zum thema|zum thema|läs (?:också|även|mer)|les (?:også|mer)|læs (?:også|mere)|lue (?:myös|lisää)|lees (?:ook|meer)|zie ook|(?:à )?lire aussi|voir aussi|lea (?:también|más)|lee (?:también|más)|leer más|vea también|ver también|mira(?: también)?|mire|puedes ver|le puede interesar|te puede interesar|leggi anche|leia (?:também|mais)|veja também|czytaj (?:też|także|więcej)|zobacz (?:też|także))\s*[:.»›>|-]/i;

/** A short block this much link is a link to elsewhere with a word or two around it. */
const LINK_LINE_DENSITY = 0.6;
const MAX_LINK_LINE_CHARS = 200;
const MIN_HEADLINE_WORDS = 4;
/** A list or box this much link, with this many links, is a list of other pages. */
const LINK_LIST_DENSITY = 0.7;
const MIN_LIST_LINKS = 3;

/**
 * What links to other pages dominate: "Read also: <another story>" lines, related-story lists,
 * tag clouds and "more from" boxes. A contents list or footnotes link within the article.
 */
export const linkLists: LeftoverRule = {
  name: 'link-lists',
  // A story that is itself a round-up of links (a changelog, a weekly digest) keeps them all.
  maxTextShare: 0.35,
  find(content, page) {
    const lines = leafBlocks(content).filter((block) => {
      const text = textOf(block);
      // An item of a list is judged with its list: a reference list's items link, its list says more.
      if (!text || text.length > MAX_LINK_LINE_CHARS || block.matches('li, dt, dd')) return false;
      const density = linkDensity(block, page, text);
      if (density > 0.3 && SEE_ALSO.test(text)) return true;
      // Another story's link reads as a headline; "Learn more" and "Try it now" are the story's own buttons.
      return density >= LINK_LINE_DENSITY && outwardLinks(block, page).some((link) => wordCount(textOf(link)) >= MIN_HEADLINE_WORDS);
    });
    const lists = Array.from(content.querySelectorAll('ul, ol, dl, div, section, table')).filter(
      (list) =>
        outwardLinks(list, page).length >= MIN_LIST_LINKS &&
        linkDensity(list, page) >= LINK_LIST_DENSITY &&
        !isInAuthorsList(list, content, page),
    );
    return [...lists, ...lines.map((line) => enclosingBox(line, content, { maxChars: MAX_LINK_LINE_CHARS * 1.5, extraChars: 60 }))];
  },
};

/** An item this long in the author's own words, not a link's, is a sentence of the story. */
const PROSE_ITEM_CHARS = 80;

/**
 * Whether a list stands in a list the author wrote: one with an item of plain prose ("We start
 * the next round in March."), as a weekly round-up's sections are. Its sublists of links ("In
 * progress:" and five bugs) are the story's too; a list of other stories is links alone.
 */
function isInAuthorsList(list: Element, content: Element, page: PageAddress): boolean {
  for (let outer: Element | null = list; outer && outer !== content; outer = outer.parentElement) {
    if (!outer.matches('ul, ol')) continue;
    const hasProseItem = Array.from(outer.children).some((item) => {
      const own = ownText(item);
      return own.length >= PROSE_ITEM_CHARS && linkDensity(item, page) < 0.3;
    });
    if (hasProseItem) return true;
  }
  return false;
}

/** An item's text less its sublists'. */
function ownText(item: Element): string {
  const copy = item.cloneNode(true) as Element;
  for (const sublist of Array.from(copy.querySelectorAll('ul, ol'))) sublist.remove();
  return textOf(copy);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
