import { findHtml5Media } from './html5';
import type { FoundMedia, MediaFinder, MediaRef, PageInfo } from './types';

/** Every clip family Legible looks for, in priority order: an element claimed once stays claimed. */
export const MEDIA_FINDERS: readonly MediaFinder[] = [findHtml5Media];

export type NumberedMedia = { element: Element; ref: MediaRef };

/** Finds every clip in `root`, in document order, numbered so the reader can match results to slots. */
export function findMedia(root: ParentNode, page: PageInfo): NumberedMedia[] {
  const claimed = new Set<Element>();
  const found: FoundMedia[] = [];
  for (const finder of MEDIA_FINDERS) {
    for (const media of finder(root, page)) {
      if (claimed.has(media.element)) continue;
      claimed.add(media.element);
      found.push(media);
    }
  }
  found.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 /* FOLLOWING */ ? -1 : 1));
  return found.map((media, index) => ({ element: media.element, ref: { ...media.ref, id: `clip-${index + 1}` } as MediaRef }));
}
