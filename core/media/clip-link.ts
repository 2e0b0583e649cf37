import { PLAYER_FAMILIES } from '../players';
import { isWebAddress } from '../web-address';
import type { MediaRef } from './types';

const familyNamed = (name: string) => PLAYER_FAMILIES.find((family) => family.name === name);

/**
 * A link to the clip itself, for the reader's media card: its page on the player's own site, the
 * frame's address, or the file; undefined where only the article shows it. Only web addresses.
 */
export function clipLink(media: MediaRef): string | undefined {
  const candidate =
    media.source === 'player'
      ? ((media.videoId ? familyNamed(media.family)?.watchPage?.(media.videoId) : undefined) ?? media.embedUrl)
      : media.source === 'html5'
        ? media.mediaUrl
        : undefined;
  return isWebAddress(candidate) ? candidate : undefined;
}

/** A media file plays from a Media Fragments start time. */
const setFileMoment = (link: URL, seconds: number) => (link.hash = `t=${seconds}`);

/**
 * A link to a moment of the clip on its own site, for a transcript line's time; undefined where
 * the source has no such link (an SVT clip, a player frame without an id).
 */
export function clipMomentLink(media: MediaRef, seconds: number): string | undefined {
  const link = clipLink(media);
  const setMoment =
    media.source === 'player'
      ? media.videoId
        ? familyNamed(media.family)?.setMoment
        : undefined
      : media.source === 'html5'
        ? setFileMoment
        : undefined;
  if (!link || !setMoment) return undefined;
  const url = new URL(link);
  setMoment(url, Math.max(0, Math.floor(seconds)));
  return url.href;
}
