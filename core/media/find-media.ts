import { findEmbedMedia } from './embeds';
import { findHtml5Media } from './html5';
import { findJsonLdMedia } from './json-ld';
import { findLinkedClips } from './linked-clips';
import { findMetaPlayerMedia } from './meta-player';
import { findPlayerMedia } from './players';
import { findSvtPageMedia } from './svt';
import { withTranscriptLinks } from './transcript-links';
import type { FoundMedia, MediaFinder, MediaRef, PageInfo } from './types';

/** Every clip family Legible looks for, in priority order: an element claimed once stays claimed. */
export const MEDIA_FINDERS: readonly MediaFinder[] = [
  findHtml5Media,
  findJsonLdMedia,
  findEmbedMedia,
  findSvtPageMedia,
  findPlayerMedia,
  findMetaPlayerMedia,
  findLinkedClips,
];

export type NumberedMedia = { element?: Element; ref: MediaRef };

/** Finds every clip in `root`, in document order, numbered so the reader can match results to slots. */
export function findMedia(root: ParentNode, page: PageInfo): NumberedMedia[] {
  const claimed = new Set<Element>();
  const players = new Set<string>();
  const found: FoundMedia[] = [];
  for (const finder of MEDIA_FINDERS) {
    for (const media of finder(root, page)) {
      // A clip a player names twice (a frame, and the page's data) is one clip.
      if (media.ref.source === 'player' && media.ref.videoId) {
        const key = `${media.ref.family}:${media.ref.videoId}`;
        if (players.has(key)) continue;
        players.add(key);
      }
      if (media.element) {
        // A player shell around a <video> already found is the same clip.
        const element = media.element;
        if ([...claimed].some((other) => other === element || other.contains(element) || element.contains(other))) continue;
        claimed.add(element);
      }
      found.push(media);
    }
  }
  // Clips the page shows come in document order; those it only describes come after them.
  found.sort((a, b) => {
    if (!a.element || !b.element) return Number(!a.element) - Number(!b.element);
    return a.element.compareDocumentPosition(b.element) & 4 /* FOLLOWING */ ? -1 : 1;
  });
  return withTranscriptLinks(root, found, page.baseUrl).map((media, index) => ({
    element: media.element,
    ref: { ...media.ref, ...(media.ref.title ? { title: shortTitle(media.ref.title) } : {}), id: `clip-${index + 1}` } as MediaRef,
  }));
}

/** A clip's title as a card shows it: a page that puts a whole paragraph (or worse) there gets its start. */
const MAX_TITLE_CHARS = 300;

function shortTitle(title: string): string {
  return title.length <= MAX_TITLE_CHARS ? title : `${title.slice(0, MAX_TITLE_CHARS - 1).trimEnd()}…`;
}
