import { PLAYER_SELECTOR } from '../players';

/** What plays without the page's scripts: a media element with a source, or an embedded frame. */
const PLAYABLE = 'video[src], video source[src], audio[src], audio source[src], iframe, object, embed';
/** A player shows a few words at most (a title, "Play"); more text is the page, not a player. */
const MAX_PLAYER_TEXT_CHARS = 300;

/** The player containers in `root` (outermost only), whether or not they can play. */
export function findPlayerShells(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(PLAYER_SELECTOR)).filter((element) => !element.parentElement?.closest(PLAYER_SELECTOR));
}

/** Whether a player shell cannot play as it stands: nothing inside plays without scripts. */
export function isDeadPlayer(element: Element): boolean {
  return !element.matches(PLAYABLE) && !element.querySelector(PLAYABLE) && (element.textContent?.length ?? 0) <= MAX_PLAYER_TEXT_CHARS;
}
