/**
 * The containers of the web video players Legible recognises by their markup. A selector another
 * one already covers is left out: Brightcove's <video-js data-account> is a video.js element, and
 * SVT's player carries a data-video-id.
 */
const PLAYER_SELECTORS = [
  '[data-brightcove-video-id], .brightcove-player',
  '.jwplayer, .jw-player, [id^="jwplayer"], [data-jw-media-id], [data-jwplayer-id]',
  'lite-youtube, [data-youtube-id], [data-yt-id], .youtube-player, .yt-player',
  'lite-vimeo, [data-vimeo-id], .vimeo-player',
  '[data-svt-video-id]',
  'video-js, .video-js, [data-vjs-player]',
  '[data-video-id], [data-videoid], [data-media-id]',
];

/** Any player container of any family. */
export const PLAYER_SELECTOR = PLAYER_SELECTORS.join(', ');
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
