import { PLAYER_FAMILIES, type KnownPlayerFamily } from '../players';
import { findPlayerShells } from './player-shells';
import type { FoundMedia, MediaFinder } from './types';
import { playerClip } from './player-clip';

type InMarkup = KnownPlayerFamily & Required<Pick<KnownPlayerFamily, 'markup'>>;

/** The families a page's markup shows, in the order they are tried. */
const IN_MARKUP: readonly InMarkup[] = PLAYER_FAMILIES.filter((family): family is InMarkup => family.markup !== undefined);

/** Attributes that name the clip for people: the player's label, then its title. */
const TITLE_ATTRIBUTES = ['aria-label', 'title', 'data-title', 'playlabel'];

/**
 * Web players (YouTube, Vimeo, JW Player, Brightcove, SVT, video.js…) known by their container.
 * With page scripts off they show nothing; the reader still gives the clip its card where it
 * stood. Players a <video> or the page's JSON-LD already describe are claimed by those finders
 * first (find-media.ts).
 */
export const findPlayerMedia: MediaFinder = (root, page) =>
  findPlayerShells(root).map((element): FoundMedia => {
    const { name, markup } = playerFamilyOf(element);
    const videoId = firstAttribute(element, markup.idAttributes);
    const embedUrl = markup.playerUrl?.(element, videoId);
    return { element, ref: playerClip(page, { family: name, videoId, embedUrl, title: firstAttribute(element, TITLE_ATTRIBUTES) }) };
  });

/** Which family a container `findPlayerShells` found belongs to: the first whose markup it matches. */
function playerFamilyOf(container: Element): InMarkup {
  return IN_MARKUP.find((family) => container.matches(family.markup.selector)) ?? IN_MARKUP[IN_MARKUP.length - 1]!;
}

function firstAttribute(element: Element, names: readonly string[]): string | undefined {
  return names.map((name) => element.getAttribute(name)?.trim()).find(Boolean);
}
