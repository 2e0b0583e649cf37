import { leafBlocks, linkDensity, textOf, type PageAddress } from './leftovers/blocks';
import { isNamedFurniture } from './leftovers/named-not-article';
import { STORY_ELEMENTS, STORY_NAME } from './story-markup';

/** Where the page's own markup says the story is, and the paragraphs of prose it holds there. */
export type MarkedBody = { element: Element; paragraphs: string[] };

/** Paragraphs marked up as such, at least, for them alone to stand for the story. */
const MIN_PROPER_PARAGRAPHS = 3;
/** How many of the marked body's longest paragraphs say whether a reading found it. */
const LONGEST_PARAGRAPHS = 8;
/** Characters of a paragraph's start or end that find it in a reading. */
const SAMPLE_CHARS = 40;
/** Elements that hold a story's paragraphs, as opposed to one paragraph with a story-like class. */
const BODY_CONTAINERS = 'div, section, article, main, td';
/** A line of the story: a sentence at least (a line of dialogue), and mostly not links. */
const LINE_CHARS = 25;
/** Less text than this is a teaser or a stub, not a story's body. */
const MIN_BODY_CHARS = 150;
/** The share of its mark's prose a marked body holds to be the story, not one of a list. */
const DOMINANT_SHARE = 0.6;
/** An inner body that holds this share of an outer one's prose is the more precise of the two. */
const INNER_SHARE = 0.8;

/**
 * The story's body as the page marks it (`itemprop="articleBody"`, `<article>`, `<main>`, a class
 * such as "entry-content"): of those holding the most prose, the innermost. Undefined where the
 * page marks none with a story's worth of prose.
 */
export function findMarkedBody(doc: Document, page: PageAddress): MarkedBody | undefined {
  const root = doc.body;
  if (!root) return undefined;
  const paragraphs = leafBlocks(root).flatMap((block) => {
    const text = textOf(block);
    return text.length >= LINE_CHARS && linkDensity(block, page, text) < 0.3 ? [{ block, text }] : [];
  });
  if (paragraphs.length === 0) return undefined;
  const named = Array.from(root.querySelectorAll(BODY_CONTAINERS)).filter((el) =>
    STORY_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase()),
  );
  // A story-named box in the comments or a related-stories rail is a comment's or a teaser's body.
  const marked = new Set([...Array.from(root.querySelectorAll(STORY_ELEMENTS)), ...named].filter((el) => !inFurniture(el)));
  const scored = [...marked].map((element) => {
    const inside = paragraphs.filter((p) => element.contains(p.block));
    return { element, inside, chars: inside.reduce((sum, p) => sum + p.text.length, 0) };
  });
  type Scored = (typeof scored)[number];
  // A mark many blocks share (each post of a forum thread, each teaser of a list) names no one
  // story: a body counts where it holds most of the prose its mark holds.
  const shared = scored.filter((candidate) => {
    const kin = scored.filter(
      (other) =>
        other !== candidate &&
        markOf(other.element) === markOf(candidate.element) &&
        !other.element.contains(candidate.element) &&
        !candidate.element.contains(other.element),
    );
    return candidate.chars < kin.reduce((sum, other) => sum + other.chars, candidate.chars) * DOMINANT_SHARE;
  });
  for (const candidate of shared) candidate.chars = 0;
  const most = scored.reduce<Scored | undefined>((top, candidate) => (candidate.chars > (top?.chars ?? 0) ? candidate : top), undefined);
  if (!most || most.chars < MIN_BODY_CHARS) return undefined;
  let best: Scored = most;
  // Down to the innermost body that still holds nearly all of it ("entry-content" in <article> in <main>).
  for (;;) {
    const outer: Scored = best;
    const inner: Scored | undefined = scored
      .filter((c) => c !== outer && outer.element.contains(c.element))
      .sort((a, b) => b.chars - a.chars)[0];
    if (!inner || inner.chars < outer.chars * INNER_SHARE) break;
    best = inner;
  }
  // Where it has them, its <p>s say where its story is: a <main> also holds reference lists and tables.
  const proper = best.inside.filter((p) => p.block.localName === 'p');
  return { element: best.element, paragraphs: (proper.length >= MIN_PROPER_PARAGRAPHS ? proper : best.inside).map((p) => p.text) };
}

/** Whether an element, or a box it stands in, is named as the page's furniture (comments, related stories). */
function inFurniture(element: Element): boolean {
  // <body> is named for the whole page ("has-sidebar comments-open"), not for a box in it.
  for (let el: Element | null = element; el && el.localName !== 'body'; el = el.parentElement) if (isNamedFurniture(el)) return true;
  return false;
}

/** What marks an element as a story's body: its tag or role, or the story name in its class. */
function markOf(element: Element): string {
  return (
    STORY_NAME.exec(`${element.getAttribute('class') ?? ''} ${element.id}`.toLowerCase())?.[0].trim() ??
    element.getAttribute('itemprop') ??
    element.getAttribute('role') ??
    element.localName
  );
}

/** The share of the marked body's longest paragraphs, in characters, that `text` shows. */
export function coverageOf(body: MarkedBody, text: string): number {
  const shown = text.replace(/\s+/g, ' ');
  // The story's longest paragraphs say where it is; a <main> also holds references, captions and
  // lists that a good reading may rightly leave out.
  const longest = [...body.paragraphs].sort((a, b) => b.length - a.length).slice(0, LONGEST_PARAGRAPHS);
  const total = longest.reduce((sum, p) => sum + p.length, 0);
  const covered = longest.reduce((sum, p) => sum + (isShown(p, shown) ? p.length : 0), 0);
  return total ? covered / total : 1;
}

/**
 * Whether a paragraph is in a text, by its first or last words: a reading may drop a footnote
 * mark or an inline style from inside it.
 */
function isShown(paragraph: string, shown: string): boolean {
  return shown.includes(paragraph.slice(0, SAMPLE_CHARS)) || shown.includes(paragraph.slice(-SAMPLE_CHARS));
}
