import { PLAYER_FAMILIES, type PlayerFamilyName } from '../players';
import type { FoundMedia, MediaFinder } from './types';
import { parseUrl } from '../web-address';
import { playerClip } from './player-clip';

/** The player family and clip id an embed address names (a frame's src, a VideoObject's embedUrl). */
export function playerOfEmbed(url: URL): { family: PlayerFamilyName; videoId: string } | undefined {
  const family = PLAYER_FAMILIES.find((candidate) => candidate.embed?.host.test(url.hostname));
  const videoId = family?.embed?.clipId(url);
  return family && videoId ? { family: family.name, videoId } : undefined;
}

/**
 * Players in frames (YouTube, Vimeo, Brightcove, JW Player, SVT…). The reader cannot show the
 * frame, so the clip gets its card where the frame stood, with the id its provider will need.
 */
export const findEmbedMedia: MediaFinder = (root, page) =>
  Array.from(root.querySelectorAll('iframe[src]')).flatMap((frame): FoundMedia[] => {
    const url = parseUrl(frame.getAttribute('src'), page.baseUrl);
    const player = url && playerOfEmbed(url);
    if (!url || !player) return [];
    const title = frame.getAttribute('title')?.trim() || undefined;
    return [{ element: frame, ref: playerClip(page, { ...player, embedUrl: url.href, title }) }];
  });
