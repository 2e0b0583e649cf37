import type { NumberedMedia } from '../media/find-media';
import { MEDIA_SLOT_ATTRIBUTE } from './reader-document';
import { collapseWhitespace } from '../collapse-whitespace';

/**
 * Where a clip stood: its id and the texts of the paragraphs before it, nearest first, in case its
 * placeholder is lost and the paragraph just before it is lost too.
 */
export type PlaceholderAnchor = { id: string; previousParagraphs: string[] };

/**
 * Replaces each clip with a small `<figure>` that Readability keeps, so the clip keeps its place.
 * A clip inside `<noscript>` is put where the noscript was, since Readability drops noscript.
 */
export function insertMediaPlaceholders(doc: Document, media: NumberedMedia[]): PlaceholderAnchor[] {
  const paragraphs = Array.from(doc.querySelectorAll('p'));
  // Clips the page only describes (no element) have no place in the article: the panel lists them.
  return media.flatMap(({ element, ref }) => {
    if (!element) return [];
    const shell = outermostNoscript(element) ?? element;
    // A paragraph inside an earlier clip's shell left the document with that shell.
    const previous = paragraphs
      .filter((p) => doc.contains(p) && !shell.contains(p) && shell.compareDocumentPosition(p) & 2 /* PRECEDING */)
      .reverse()
      .map((p) => normalizeText(p.textContent))
      .filter(Boolean);
    const placeholder = doc.createElement('figure');
    placeholder.setAttribute(MEDIA_SLOT_ATTRIBUTE, ref.id);
    const label = doc.createElement('p');
    label.textContent = ref.title ?? (ref.mediaType === 'audio' ? 'Audio clip' : 'Video clip');
    placeholder.append(label);
    shell.replaceWith(placeholder);
    return [{ id: ref.id, previousParagraphs: previous }];
  });
}

/**
 * Puts back any placeholder the parser dropped: after the nearest surviving paragraph that preceded
 * the clip (behind any clips already there, so clips keep their order), or at the end of the
 * article when none survived.
 */
export function restoreDroppedPlaceholders(content: ParentNode & Node, anchors: PlaceholderAnchor[]): void {
  const doc = content.ownerDocument ?? (content as Document);
  const order = new Map(anchors.map((anchor, index) => [anchor.id, index]));
  for (const [index, anchor] of anchors.entries()) {
    const existing = content.querySelector(`[${MEDIA_SLOT_ATTRIBUTE}="${anchor.id}"]`);
    if (existing) {
      existing.replaceChildren(); // The card brings its own title.
      continue;
    }
    const placeholder = doc.createElement('figure');
    placeholder.setAttribute(MEDIA_SLOT_ATTRIBUTE, anchor.id);
    const paragraphs = Array.from(content.querySelectorAll('p'));
    let after: Element | undefined;
    for (const text of anchor.previousParagraphs) {
      after = paragraphs.find((p) => normalizeText(p.textContent) === text);
      if (after) break;
    }
    if (!after) {
      content.appendChild(placeholder);
      continue;
    }
    // Earlier clips already standing after that paragraph stay ahead of this one.
    const isEarlierClip = (el: Element | null): el is Element =>
      (order.get(el?.getAttribute(MEDIA_SLOT_ATTRIBUTE) ?? '') ?? Infinity) < index;
    let last: Element = after;
    while (isEarlierClip(last.nextElementSibling)) last = last.nextElementSibling;
    last.after(placeholder);
  }
}

function outermostNoscript(element: Element): Element | undefined {
  let outer: Element | undefined;
  for (let el = element.parentElement; el; el = el.parentElement) if (el.localName === 'noscript') outer = el;
  return outer;
}

function normalizeText(text: string | null | undefined): string {
  return collapseWhitespace(text ?? '');
}
