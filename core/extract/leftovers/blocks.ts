import { collapseWhitespace } from '../../collapse-whitespace';

/** What the rules of the second pass read of a block: plain DOM, the same in every engine. */

/** Elements a reader sees as a block of their own. */
export const BLOCK_SELECTOR =
  'p, div, section, article, aside, header, footer, nav, ul, ol, dl, li, dd, dt, table, blockquote, figure, figcaption, h1, h2, h3, h4, h5, h6, form, details';
export const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6';
/** What carries meaning without text: a block holding one of these is never empty. */
export const MEDIA_SELECTOR = 'img, picture, video, audio, iframe, svg, math, canvas, object, embed, table, pre, [data-legible-media]';

export function textOf(element: Element): string {
  return collapseWhitespace(element.textContent ?? '');
}

/**
 * Links to other pages: not a footnote or a heading of the same page (Readability makes every
 * `#fragment` absolute), nor an address to write or call.
 */
export function outwardLinks(element: Element, page: PageAddress): Element[] {
  const here = [page.url.split('#')[0], page.baseUrl.split('#')[0]];
  return Array.from(element.querySelectorAll('a[href]')).filter((link) => {
    const href = link.getAttribute('href')!;
    return !href.startsWith('#') && !/^(?:mailto|tel|javascript):/i.test(href) && !here.includes(href.split('#')[0]);
  });
}

/** Where the article's page is, and the base its links were resolved against. */
export type PageAddress = { url: string; baseUrl: string };

/** The share of a block's text that is the text of links to other pages (0 for a block without text). */
export function linkDensity(element: Element, page: PageAddress, text = textOf(element)): number {
  if (!text) return 0;
  let linked = 0;
  for (const link of outwardLinks(element, page)) linked += textOf(link).length;
  return Math.min(1, linked / text.length);
}

export function isHeading(element: Element): boolean {
  return /^h[1-6]$/.test(element.localName);
}

/** The article's prose, in characters: what a rule may never take a large share of. */
export function proseChars(root: Element, page: PageAddress): number {
  let chars = 0;
  const PROSE = 'p, li, dd, blockquote, td';
  // The root counts too: a block that is one paragraph is that paragraph's prose.
  for (const p of [...(root.matches(PROSE) ? [root] : []), ...Array.from(root.querySelectorAll(PROSE))]) {
    if (p.querySelector(PROSE)) continue; // Counted at the leaves.
    const text = textOf(p);
    if (text.length >= 80 && linkDensity(p, page, text) < 0.3) chars += text.length;
  }
  return chars;
}

/** Blocks with no block inside them: where a sentence of the page stands on its own. */
export function leafBlocks(root: Element): Element[] {
  const blocks = Array.from(root.querySelectorAll(BLOCK_SELECTOR));
  // Each block marks the blocks it stands in, once: one walk up per block, not a search down.
  const holdsBlocks = new Set<Element>();
  for (const block of blocks) {
    for (let parent = block.parentElement; parent && parent !== root && !holdsBlocks.has(parent); parent = parent.parentElement)
      holdsBlocks.add(parent);
  }
  return blocks.filter((block) => !holdsBlocks.has(block));
}

/**
 * The box a short block stands in: its parents, up to the last one that adds no more than
 * `extraChars` of text of its own and stays under `maxChars` (a newsletter box's heading and
 * button around its sentence), never the root.
 */
export function enclosingBox(block: Element, root: Element, { maxChars = 300, extraChars = 120 } = {}): Element {
  const own = textOf(block).length;
  let box = block;
  for (let parent = block.parentElement; parent && parent !== root; parent = parent.parentElement) {
    const length = textOf(parent).length;
    if (length > maxChars || length - own > extraChars) break;
    box = parent;
  }
  return box;
}

/** Prose long enough that what comes before it is the story's top, and after it its end. */
const EDGE_PROSE_CHARS = 100;

/**
 * The leaf blocks around the article's first two paragraphs of prose and after its last two:
 * where pages put bylines, dates, kickers, share bars and "about the author" (a standfirst often
 * comes before the date line), and where a story rarely has a line that is only a date.
 */
export function edgeBlocks(content: Element, page: PageAddress): { top: Element[]; bottom: Element[] } {
  const leaves = leafBlocks(content);
  const prose = leaves.map((block) => {
    const text = textOf(block);
    return text.length >= EDGE_PROSE_CHARS && linkDensity(block, page, text) < 0.3;
  });
  const proseAt = prose.flatMap((isProse, index) => (isProse ? [index] : []));
  if (proseAt.length === 0) return { top: [], bottom: [] };
  const topEnd = proseAt[Math.min(1, proseAt.length - 1)]!;
  const bottomStart = proseAt[Math.max(0, proseAt.length - 2)]!;
  const notProse = (_: Element, index: number) => !prose[index];
  return {
    top: leaves.slice(0, topEnd).filter(notProse),
    bottom: leaves.slice(bottomStart + 1).filter((block, i) => notProse(block, bottomStart + 1 + i)),
  };
}
