import { isWebAddress } from '../web-address';
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
  return isWebAddress(candidate) ? candidate : undefined;
}

/** How each source says "start here", where it has a way: the seconds go into the clip's link. */
const MOMENTS: Partial<Record<string, (link: URL, seconds: number) => void>> = {
  youtube: (link, s) => link.searchParams.set('t', `${s}s`),
  vimeo: (link, s) => (link.hash = `t=${s}s`),
  dailymotion: (link, s) => link.searchParams.set('start', String(s)),
  // A media file plays from a Media Fragments start time.
  html5: (link, s) => (link.hash = `t=${s}`),
};

/**
 * A link to a moment of the clip on its own site, for a transcript line's time; undefined where
 * the source has no such link (an SVT clip, a player frame without an id).
 */
export function clipMomentLink(media: MediaRef, seconds: number): string | undefined {
  const link = clipLink(media);
  const setMoment = MOMENTS[media.source === 'player' ? (media.videoId ? media.family : '') : media.source];
  if (!link || !setMoment) return undefined;
  const url = new URL(link);
  setMoment(url, Math.max(0, Math.floor(seconds)));
  return url.href;
}
