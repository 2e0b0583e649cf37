import type { MediaRef } from './types';

/** Where each family's clip plays on its own site, by the clip's id. */
const WATCH_PAGES: Partial<Record<string, (id: string) => string>> = {
  youtube: (id) => `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`,
  vimeo: (id) => `https://vimeo.com/${encodeURIComponent(id)}`,
  dailymotion: (id) => `https://www.dailymotion.com/video/${encodeURIComponent(id)}`,
  svt: (id) => `https://www.svt.se/videoplayer-embed/${encodeURIComponent(id)}`,
};

/**
 * A link to the clip itself, for the reader's media card: its page on the player's own site, the
 * frame's address, or the file; undefined where only the article shows it. Only web addresses.
 */
export function clipLink(media: MediaRef): string | undefined {
  const candidate =
    media.source === 'player'
      ? (media.videoId ? WATCH_PAGES[media.family]?.(media.videoId) : undefined) ?? media.embedUrl
      : media.source === 'html5'
        ? media.mediaUrl
        : undefined;
  return candidate && /^https?:\/\//i.test(candidate) ? candidate : undefined;
}
