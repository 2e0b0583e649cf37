/** The web video players Legible recognises by their markup, and those it knows only by their frames. */
export type PlayerFamily = 'brightcove' | 'jwplayer' | 'youtube' | 'vimeo' | 'svt' | 'videojs' | 'generic' | FrameOnlyFamily;
/** Players Legible meets only in frames (embeds.ts), so the sentinel carries no selector for them. */
type FrameOnlyFamily = 'dailymotion';

/**
 * How to spot each family's container, most specific first. A selector another one already covers
 * is left out: Brightcove's <video-js data-account> is a video.js element, and SVT's player
 * carries a data-video-id.
 */
const PLAYERS: readonly (readonly [Exclude<PlayerFamily, FrameOnlyFamily>, string])[] = [
  ['brightcove', '[data-brightcove-video-id], .brightcove-player, video-js[data-account]'],
  ['jwplayer', '.jwplayer, .jw-player, [id^="jwplayer"], [data-jw-media-id], [data-jwplayer-id]'],
  ['youtube', 'lite-youtube, [data-youtube-id], [data-yt-id], .youtube-player, .yt-player'],
  ['vimeo', 'lite-vimeo, [data-vimeo-id], .vimeo-player'],
  ['svt', '[data-svt-video-id]'],
  ['videojs', 'video-js, .video-js, [data-vjs-player]'],
  ['generic', '[data-video-id], [data-videoid], [data-media-id]'],
];

/** Every family, for checking a clip a message names (left out of the sentinel, which never does). */
export const PLAYER_FAMILIES: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(/* @__PURE__ */ familyNames());

function familyNames(): PlayerFamily[] {
  const frameOnly: FrameOnlyFamily[] = ['dailymotion'];
  return [...PLAYERS.map(([family]) => family), ...frameOnly];
}
/** Any player container of any family. */
export const PLAYER_SELECTOR = PLAYERS.map(([, selector]) => selector).join(', ');
/** What plays without the page's scripts: a media element with a source, or an embedded frame. */
const PLAYABLE = 'video[src], video source[src], audio[src], audio source[src], iframe, object, embed';
/** A player shows a few words at most (a title, "Play"); more text is the page, not a player. */
const MAX_PLAYER_TEXT_CHARS = 300;

/** The player containers in `root` (outermost only), whether or not they can play. */
export function findPlayerShells(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(PLAYER_SELECTOR)).filter((element) => !element.parentElement?.closest(PLAYER_SELECTOR));
}

/** Which family a player container found by `findPlayerShells` belongs to. */
export function playerFamily(element: Element): PlayerFamily {
  return PLAYERS.find(([, selector]) => element.matches(selector))?.[0] ?? 'generic';
}

/** Whether a player shell cannot play as it stands: nothing inside plays without scripts. */
export function isDeadPlayer(element: Element): boolean {
  return !element.matches(PLAYABLE) && !element.querySelector(PLAYABLE) && (element.textContent?.length ?? 0) <= MAX_PLAYER_TEXT_CHARS;
}
