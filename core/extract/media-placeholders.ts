import type { NumberedMedia } from '../media/find-media';
import { MEDIA_SLOT_ATTRIBUTE } from './reader-document';

/** Where a clip stood: its id and the text of the paragraph before it, in case its placeholder is lost. */
export type PlaceholderAnchor = { id: string; previousParagraph?: string };

/**
 * Replaces each clip with a small `<figure>` that Readability keeps, so the clip keeps its place.
 * A clip inside `<noscript>` is put where the noscript was, since Readability drops noscript.
 */
export function insertMediaPlaceholders(doc: Document, media: NumberedMedia[]): PlaceholderAnchor[] {
  const paragraphs = Array.from(doc.querySelectorAll('p'));
  return media.map(({ element, ref }) => {
    const shell = outermostNoscript(element) ?? element;
    const previous = paragraphs.filter((p) => !shell.contains(p) && shell.compareDocumentPosition(p) & 2 /* PRECEDING */).at(-1);
    const placeholder = doc.createElement('figure');
    placeholder.setAttribute(MEDIA_SLOT_ATTRIBUTE, ref.id);
    const label = doc.createElement('p');
    label.textContent = ref.title ?? (ref.mediaType === 'audio' ? 'Audio clip' : 'Video clip');
    placeholder.append(label);
    shell.replaceWith(placeholder);
    return { id: ref.id, previousParagraph: normalizeText(previous?.textContent) || undefined };
  });
}

/**
 * Puts back any placeholder the parser dropped: after the paragraph that preceded the clip,
 * or at the end of the article when that paragraph is gone too.
 */
export function restoreDroppedPlaceholders(content: ParentNode & Node, anchors: PlaceholderAnchor[]): void {
  const doc = content.ownerDocument ?? (content as Document);
  for (const anchor of anchors) {
    const existing = content.querySelector(`[${MEDIA_SLOT_ATTRIBUTE}="${anchor.id}"]`);
    if (existing) {
      existing.replaceChildren(); // The card brings its own title.
      continue;
    }
    const placeholder = doc.createElement('figure');
    placeholder.setAttribute(MEDIA_SLOT_ATTRIBUTE, anchor.id);
    const after = anchor.previousParagraph
      ? Array.from(content.querySelectorAll('p')).find((p) => normalizeText(p.textContent) === anchor.previousParagraph)
      : undefined;
    if (after) after.after(placeholder);
    else content.appendChild(placeholder);
  }
}

function outermostNoscript(element: Element): Element | undefined {
  let outer: Element | undefined;
  for (let el = element.parentElement; el; el = el.parentElement) if (el.localName === 'noscript') outer = el;
  return outer;
}

function normalizeText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
