import { linkDensity, textOf, type PageAddress } from './leftovers/blocks';
import { collapseWhitespace } from '../collapse-whitespace';

/** Class and id names CMSs give the lead under a headline ("article-lead", "standfirst", "chapo"), lower-cased. */
const LEAD_NAME =
  /(?:^|[\s_-])(?:lead|lede|standfirst|deck|excerpt|summary|intro|subtitle|sub-?title|sub-?headline|chapo|abstract|teaser-?text|vorspann|entradilla|bajada|sottotitolo|ingress|dek)(?=$|[\s_-])/;
/** A lead is a sentence or a few: shorter is a kicker, longer is the story's first paragraph. */
const MIN_LEAD_CHARS = 60;
const MAX_LEAD_CHARS = 600;
/** How far after the headline, in elements, a lead stands. */
const MAX_STEPS = 30;

/**
 * The lead a page sets under its headline, outside the story's body (Readability starts at the
 * body and loses it): the first block after the headline that the page names as a lead, or whose
 * text is the page's own description. Undefined where there is none.
 */
export function findStandfirst(doc: Document, page: PageAddress, title: string): string | undefined {
  const headline = Array.from(doc.querySelectorAll('h1')).find((h1) => sameText(textOf(h1), title)) ?? doc.querySelector('h1');
  if (!headline) return undefined;
  const description = normalize(
    doc.querySelector('meta[name="description"], meta[property="og:description"]')?.getAttribute('content') ?? '',
  );
  const walker = doc.createTreeWalker(doc.body, 1 /* elements */);
  walker.currentNode = headline;
  for (let steps = 0, node = walker.nextNode(); node && steps < MAX_STEPS; node = walker.nextNode(), steps++) {
    const element = node as Element;
    if (headline.contains(element)) continue;
    if (element.localName === 'h1') break; // Another story's headline.
    const text = textOf(element);
    if (text.length < MIN_LEAD_CHARS || text.length > MAX_LEAD_CHARS || linkDensity(element, page, text) >= 0.3) continue;
    const named = LEAD_NAME.test(`${element.getAttribute('class') ?? ''} ${element.id}`.toLowerCase());
    if (
      named ||
      (description.length >= MIN_LEAD_CHARS &&
        (sameText(text, description) || normalize(text).startsWith(description.slice(0, MIN_LEAD_CHARS))))
    )
      return text;
  }
  return undefined;
}

function normalize(text: string): string {
  return collapseWhitespace(text).toLowerCase();
}

function sameText(a: string, b: string): boolean {
  return normalize(a) === normalize(b);
}
