/** The web video players Legible recognises by their markup. */
export type PlayerFamily = 'brightcove' | 'jwplayer' | 'youtube' | 'vimeo' | 'svt' | 'videojs' | 'generic';

/** How to spot each family's container, and where it keeps the clip's id. Most specific first. */
const PLAYERS: readonly { family: PlayerFamily; selector: string; idFrom: readonly string[] }[] = [
  { family: 'brightcove', selector: 'video-js[data-account], [data-account][data-video-id], [data-brightcove-video-id], .brightcove-player', idFrom: ['data-video-id', 'data-brightcove-video-id'] },
  { family: 'jwplayer', selector: '.jwplayer, .jw-player, [id^="jwplayer"], [data-jw-media-id], [data-jwplayer-id]', idFrom: ['data-jw-media-id', 'data-media-id', 'data-jwplayer-id'] },
  { family: 'youtube', selector: 'lite-youtube, [data-youtube-id], [data-yt-id], .youtube-player, .yt-player', idFrom: ['videoid', 'data-youtube-id', 'data-yt-id', 'data-video-id', 'data-id'] },
  { family: 'vimeo', selector: 'lite-vimeo, [data-vimeo-id], .vimeo-player', idFrom: ['videoid', 'data-vimeo-id', 'data-video-id', 'data-id'] },
  { family: 'svt', selector: '[data-svt-video-id], [data-video-id][class*="svp"]', idFrom: ['data-svt-video-id', 'data-video-id'] },
  { family: 'videojs', selector: 'video-js, .video-js, [data-vjs-player]', idFrom: ['data-video-id', 'data-id'] },
  { family: 'generic', selector: '[data-video-id], [data-videoid], [data-media-id]', idFrom: ['data-video-id', 'data-videoid', 'data-media-id'] },
];

/** Any player container of any family. */
export const PLAYER_SELECTOR = PLAYERS.map((p) => p.selector).join(', ');
/** What plays without the page's scripts: a media element with a source, or an embedded frame. */
const PLAYABLE = 'video[src], video source[src], audio[src], audio source[src], iframe, object, embed';
/** A player shows a few words at most (a title, "Play"); more text is the page, not a player. */
const MAX_PLAYER_TEXT_CHARS = 300;

export type PlayerShell = { element: Element; family: PlayerFamily; videoId?: string };

/** The player containers in `root` (outermost only), whether or not they can play. */
export function findPlayerShells(root: ParentNode): PlayerShell[] {
  const shells: PlayerShell[] = [];
  for (const element of Array.from(root.querySelectorAll(PLAYER_SELECTOR))) {
    if (element.parentElement?.closest(PLAYER_SELECTOR)) continue;
    const kind = PLAYERS.find((p) => element.matches(p.selector))!;
    const videoId = kind.idFrom.map((name) => element.getAttribute(name)?.trim()).find(Boolean);
    shells.push({ element, family: kind.family, videoId });
  }
  return shells;
}

/** Whether a player shell cannot play as it stands: nothing inside plays without scripts. */
export function isDeadPlayer(element: Element): boolean {
  return !element.matches(PLAYABLE) && !element.querySelector(PLAYABLE) && (element.textContent?.length ?? 0) <= MAX_PLAYER_TEXT_CHARS;
}
