import { parseJson } from '../embedded-json';
import { fail } from '../result';
import { rankByLanguage } from '../transcripts/language';
import { metadataFailure, type PlayerCaptions, type PlayerFamily } from './player-family';

const METADATA = 'https://www.dailymotion.com/player/metadata/video/';
/** Dailymotion's error codes that mean the clip is not shown in the reader's country. */
const GEO_BLOCKED_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(['DM007']);

/** Dailymotion: met only in frames (and preview tags), so the sentinel carries no selector for it. */
export const family = {
  name: 'dailymotion',
  // www.dailymotion.com/embed/video/ID, geo.dailymotion.com/player/PLAYER.html?video=ID
  embed: {
    host: /(?:^|\.)dailymotion\.com$/,
    clipId: (url) => /^\/embed\/video\/(x[a-z0-9]+)/i.exec(url.pathname)?.[1] ?? url.searchParams.get('video'),
  },
  watchPage: (id) => `https://www.dailymotion.com/video/${encodeURIComponent(id)}`,
  setMoment: (link, seconds) => link.searchParams.set('start', String(seconds)),
} as const satisfies PlayerFamily;

/**
 * Dailymotion: the player's metadata lists subtitles by language, each with its WebVTT
 * addresses. An error in the metadata says why there is nothing to play: geo-blocked (DM007) or
 * otherwise withheld.
 */
export const captions: PlayerCaptions = async (media, { fetchText, preferredLanguages }) => {
  if (!/^x[a-z0-9]{4,12}$/i.test(media.videoId)) return fail('none', `“${media.videoId}” is not a Dailymotion video id`);
  const answer = await fetchText(METADATA + media.videoId, ['application/json']);
  if (!answer.ok) return metadataFailure(answer, 'Dailymotion');
  const metadata = parseJson(answer.text) as
    { error?: { code?: unknown; title?: unknown }; subtitles?: { data?: unknown } } | null | undefined;
  if (metadata === undefined) return fail('malformed', 'Dailymotion’s player metadata is not JSON');
  const error = metadata?.error;
  if (error) {
    const code = typeof error.code === 'string' ? error.code : '';
    const why = typeof error.title === 'string' ? error.title : code;
    return GEO_BLOCKED_CODES.has(code)
      ? fail('geo-blocked', `Dailymotion does not show this clip in your country: ${why}`)
      : fail('withheld', `Dailymotion withholds this clip: ${why}`);
  }
  const data = metadata?.subtitles?.data;
  const tracks =
    typeof data === 'object' && data !== null
      ? Object.entries(data as Record<string, { label?: unknown; urls?: unknown }>).flatMap(([lang, track]) => {
          const url = Array.isArray(track?.urls)
            ? track.urls.find((value): value is string => typeof value === 'string' && /^https:\/\//.test(value))
            : undefined;
          return url ? [{ url, lang, label: typeof track.label === 'string' ? track.label : undefined }] : [];
        })
      : [];
  if (tracks.length === 0) return fail('none', 'This Dailymotion clip has no subtitles');
  const ranked = rankByLanguage(tracks, [media.pageLang, ...preferredLanguages], (t) => t.lang);
  return { ok: true, sources: ranked.map((track) => ({ ...track, format: 'webvtt' as const })) };
};
