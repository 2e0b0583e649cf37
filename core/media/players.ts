import { findPlayerShells, playerFamily, type PlayerFamily } from './player-shells';
import type { FoundMedia, MediaFinder } from './types';

/** Where each family's markup keeps the clip's id, most telling first. */
const ID_ATTRIBUTES: Record<PlayerFamily, readonly string[]> = {
  brightcove: ['data-video-id', 'data-brightcove-video-id'],
  jwplayer: ['data-jw-media-id', 'data-media-id', 'data-jwplayer-id'],
  youtube: ['videoid', 'data-youtube-id', 'data-yt-id', 'data-video-id', 'data-id'],
  vimeo: ['videoid', 'data-vimeo-id', 'data-video-id', 'data-id'],
  svt: ['data-svt-video-id', 'data-video-id'],
  videojs: ['data-video-id', 'data-id'],
  generic: ['data-video-id', 'data-videoid', 'data-media-id'],
  dailymotion: ['data-video', 'data-video-id'],
};
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
    const family = playerFamily(element);
    const videoId = ID_ATTRIBUTES[family].map((name) => element.getAttribute(name)?.trim()).find(Boolean);
    const title = TITLE_ATTRIBUTES.map((name) => element.getAttribute(name)?.trim()).find(Boolean);
    const embedUrl = family === 'brightcove' ? brightcovePlayerUrl(element, videoId) : undefined;
    return {
      element,
      ref: { source: 'player', mediaType: 'video', family, ...(videoId ? { videoId } : {}), ...(embedUrl ? { embedUrl } : {}), title, pageUrl: page.pageUrl, pageLang: page.pageLang, tracks: [] },
    };
  });

/**
 * The iframe address of the Brightcove player an in-page `<video-js data-account data-player>`
 * stands for: where its configuration, and so its account's policy key, is found.
 */
function brightcovePlayerUrl(element: Element, videoId: string | undefined): string | undefined {
  const account = element.getAttribute('data-account')?.trim();
  if (!account || !/^\d+$/.test(account)) return undefined;
  const player = element.getAttribute('data-player')?.trim() || 'default';
  const embed = element.getAttribute('data-embed')?.trim() || 'default';
  if (!/^[\w-]+$/.test(player) || !/^[\w-]+$/.test(embed)) return undefined;
  return `https://players.brightcove.net/${account}/${player}_${embed}/index.html${videoId ? `?videoId=${encodeURIComponent(videoId)}` : ''}`;
}
