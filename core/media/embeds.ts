import type { PlayerFamily } from './player-shells';
import type { FoundMedia, MediaFinder } from './types';

/** Players embedded in a frame, known by the frame's address: the family, and where the clip's id sits in it. */
const EMBEDS: readonly { family: PlayerFamily; host: RegExp; id(url: URL): string | undefined }[] = [
  // youtube.com/embed/ID, youtube-nocookie.com/embed/ID
  { family: 'youtube', host: /(?:^|\.)youtube(?:-nocookie)?\.com$/, id: (url) => /^\/embed\/([\w-]{6,})/.exec(url.pathname)?.[1] },
  // player.vimeo.com/video/ID
  { family: 'vimeo', host: /^player\.vimeo\.com$/, id: (url) => /^\/video\/(\d+)/.exec(url.pathname)?.[1] },
  // players.brightcove.net/ACCOUNT/PLAYER_default/index.html?videoId=ID
  { family: 'brightcove', host: /^players\.brightcove\.net$/, id: (url) => url.searchParams.get('videoId') ?? undefined },
  // cdn.jwplayer.com/players/MEDIA-PLAYER.html (and the older content.jwplatform.com)
  { family: 'jwplayer', host: /^(?:cdn\.jwplayer|content\.jwplatform)\.com$/, id: (url) => /^\/players\/([a-z0-9]{8})(?:-|\.)/i.exec(url.pathname)?.[1] },
  // www.dailymotion.com/embed/video/ID, geo.dailymotion.com/player/PLAYER.html?video=ID, dai.ly/ID
  { family: 'dailymotion', host: /(?:^|\.)dailymotion\.com$/, id: (url) => /^\/embed\/video\/(x[a-z0-9]+)/i.exec(url.pathname)?.[1] ?? url.searchParams.get('video') ?? undefined },
  // www.svt.se/videoplayer-embed/ID
  { family: 'svt', host: /(?:^|\.)svt\.se$/, id: (url) => /^\/videoplayer-embed\/([\w-]+)/.exec(url.pathname)?.[1] },
];

/** The player family and clip id an embed address names (a frame's src, a VideoObject's embedUrl). */
export function playerOfEmbed(url: URL): { family: PlayerFamily; videoId: string } | undefined {
  const embed = EMBEDS.find((candidate) => candidate.host.test(url.hostname));
  const videoId = embed?.id(url);
  return embed && videoId ? { family: embed.family, videoId } : undefined;
}

/**
 * Players in frames (YouTube, Vimeo, Brightcove, JW Player, SVT). The reader cannot show the
 * frame, so the clip gets its card where the frame stood, with the id its provider will need.
 */
export const findEmbedMedia: MediaFinder = (root, page) =>
  Array.from(root.querySelectorAll('iframe[src]')).flatMap((frame): FoundMedia[] => {
    let url: URL;
    try {
      url = new URL(frame.getAttribute('src') ?? '', page.baseUrl);
    } catch {
      return [];
    }
    const player = playerOfEmbed(url);
    if (!player) return [];
    const title = frame.getAttribute('title')?.trim() || undefined;
    return [{ element: frame, ref: { source: 'player', mediaType: 'video', ...player, embedUrl: url.href, title, pageUrl: page.pageUrl, pageLang: page.pageLang, tracks: [] } }];
  });
