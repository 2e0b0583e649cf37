import { playerOfEmbed } from './embeds';
import type { FoundMedia, MediaFinder } from './types';
import { parseUrl } from '../web-address';
import { playerClip } from './player-clip';

/** Where a page names its clip's player for link previews (Open Graph, Twitter cards). */
const PLAYER_META =
  'meta[property="og:video"], meta[property="og:video:url"], meta[property="og:video:secure_url"], meta[name="twitter:player"], meta[property="twitter:player"]';

/**
 * The player a page's preview tags name (`og:video`, `twitter:player`), where it is one Legible
 * knows. The page may show the clip nowhere without scripts, so it has no element: the
 * transcript panel lists it. A clip a frame or the page's data also names is counted once.
 */
export const findMetaPlayerMedia: MediaFinder = (root, page) => {
  const found = new Map<string, FoundMedia>();
  for (const meta of Array.from(root.querySelectorAll(PLAYER_META))) {
    const url = parseUrl(meta.getAttribute('content')?.trim(), page.baseUrl);
    const player = url && playerOfEmbed(url);
    if (!player || found.has(`${player.family}:${player.videoId}`)) continue;
    found.set(`${player.family}:${player.videoId}`, { ref: playerClip(page, { ...player, embedUrl: url.href }) });
  }
  return [...found.values()];
};
