import { parseJson } from '../embedded-json';
import { fail } from '../result';
import { captionFormatOf } from '../transcripts/providers/caption-format';
import { metadataFailure, type PlayerCaptions, type PlayerFamily } from './player-family';
import type { ResolvedCaptionFile } from '../transcripts/providers/types';

/** JW Player's public media API: one playlist item per media id, with its tracks. */
const MEDIA_API = 'https://cdn.jwplayer.com/v2/media/';

type JwTrack = { file: string; kind: string; label?: string; isDefault: boolean };

/** The family's container in a page's markup; the sentinel carries this alone (index.ts). */
export const shellSelector = '.jwplayer, .jw-player, [id^="jwplayer"], [data-jw-media-id], [data-jwplayer-id]';

/** JW Player: its containers, and frames from cdn.jwplayer.com. It has no watch pages of its own. */
export const family = {
  name: 'jwplayer',
  markup: {
    selector: shellSelector,
    idAttributes: ['data-jw-media-id', 'data-media-id', 'data-jwplayer-id'],
  },
  // cdn.jwplayer.com/players/MEDIA-PLAYER.html (and the older content.jwplatform.com)
  embed: {
    host: /^(?:cdn\.jwplayer|content\.jwplatform)\.com$/,
    clipId: (url) => /^\/players\/([a-z0-9]{8})(?:-|\.)/i.exec(url.pathname)?.[1],
  },
} as const satisfies PlayerFamily;

/**
 * JW Player: `cdn.jwplayer.com/v2/media/{id}` lists the clip's tracks. Those of kind captions or
 * subtitles are read (thumbnails and chapters are not words); JW names them by label only, so
 * the default track comes first and the rest keep the publisher's order.
 */
export const captions: PlayerCaptions = async (media, { fetchText }) => {
  if (!/^[a-z0-9]{8}$/i.test(media.videoId)) return fail('none', `“${media.videoId}” is not a JW Player media id`);
  const answer = await fetchText(MEDIA_API + media.videoId, ['application/json']);
  if (!answer.ok) return metadataFailure(answer, 'JW Player');
  const body = parseJson(answer.text);
  if (body === undefined) return fail('malformed', 'JW Player’s media API answered with something other than JSON');
  const words = captionTracks(body);
  if (words.length === 0) return fail('none', 'This JW Player clip has no captions');
  const sources = [...words]
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault))
    .flatMap((track): ResolvedCaptionFile[] => {
      const format = captionFormatOf({ url: track.file });
      return format ? [{ url: track.file, format, label: track.label }] : [];
    });
  return sources.length > 0
    ? { ok: true, sources }
    : fail('unsupported', 'This JW Player clip’s captions are in a format Legible cannot read yet');
};

function captionTracks(body: unknown): JwTrack[] {
  const item = (body as { playlist?: unknown } | null)?.playlist;
  const tracks = Array.isArray(item) ? (item[0] as { tracks?: unknown } | undefined)?.tracks : undefined;
  if (!Array.isArray(tracks)) return [];
  return tracks.flatMap((track: unknown): JwTrack[] => {
    if (typeof track !== 'object' || track === null) return [];
    const { file, kind, label } = track as Record<string, unknown>;
    if (typeof file !== 'string' || (kind !== 'captions' && kind !== 'subtitles')) return [];
    return [
      { file, kind, label: typeof label === 'string' ? label : undefined, isDefault: (track as { default?: unknown }).default === true },
    ];
  });
}
