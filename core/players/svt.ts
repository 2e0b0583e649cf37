import { parseJson } from '../embedded-json';
import { fail } from '../result';
import { rankByLanguage } from '../transcripts/language';
import { metadataFailure, type PlayerCaptions, type PlayerFamily } from './player-family';
import type { ResolvedCaptionFile } from '../transcripts/providers/types';

/** SVT's video API: one clip's rights, streams and subtitle files, by svtId. */
const VIDEO_API = 'https://api.svt.se/video/';

type SubtitleReference = {
  url: string;
  format: 'webvtt' | 'hls-webvtt';
  language?: string;
  label?: string;
  closed: boolean;
  forced: boolean;
};

/** The family's container in a page's markup; the sentinel carries this alone (index.ts). */
export const shellSelector = '[data-svt-video-id]';

/** SVT's player: its container on svt.se, its embed frames, and SVT Play's clip pages. */
export const family = {
  name: 'svt',
  markup: { selector: shellSelector, idAttributes: ['data-svt-video-id', 'data-video-id'] },
  // www.svt.se/videoplayer-embed/ID
  embed: { host: /(?:^|\.)svt\.se$/, clipId: (url) => /^\/videoplayer-embed\/([\w-]+)/.exec(url.pathname)?.[1] },
  // www.svtplay.se/video/ID/slug
  clipPages: [
    { host: /^(?:www\.)?svtplay\.se$/, linkHint: 'svtplay.se/video/', clipId: (url) => /^\/video\/([\w-]+)/.exec(url.pathname)?.[1] },
  ],
  watchPage: (id) => `https://www.svt.se/videoplayer-embed/${encodeURIComponent(id)}`,
} as const satisfies PlayerFamily;

/**
 * SVT: the video API's `subtitleReferences`. Closed captions of all speech ("allt tal", type
 * sdh) come first; open or forced ones, which leave out what the picture already says, last;
 * within each, a whole file before segmented HLS. A clip shown only in Sweden is reported as
 * geo-blocked when its file is refused.
 */
export const captions: PlayerCaptions = async (media, { fetchText, preferredLanguages }) => {
  if (!/^[\w-]{4,24}$/.test(media.videoId)) return fail('none', `“${media.videoId}” is not an SVT clip id`);
  const answer = await fetchText(VIDEO_API + media.videoId, ['application/json']);
  if (!answer.ok) return metadataFailure(answer, 'SVT');
  const clip = parseJson(answer.text) as { subtitleReferences?: unknown; rights?: { geoBlockedSweden?: unknown } } | null | undefined;
  if (clip === undefined) return fail('malformed', 'SVT’s video API answered with something other than JSON');
  const references = subtitleReferences(clip?.subtitleReferences);
  if (references.length === 0) {
    return Array.isArray(clip?.subtitleReferences) && clip.subtitleReferences.length > 0
      ? fail('unsupported', 'SVT has this clip’s subtitles only in formats Legible cannot read yet')
      : fail('none', 'SVT has no subtitles for this clip');
  }
  const wanted = [media.pageLang, ...preferredLanguages];
  const rank = (refs: SubtitleReference[]) =>
    rankByLanguage(
      [...refs].sort((a, b) => Number(a.format === 'hls-webvtt') - Number(b.format === 'hls-webvtt')),
      wanted,
      (r) => r.language,
    );
  const ranked = [
    ...rank(references.filter((r) => r.closed)),
    ...rank(references.filter((r) => !r.closed && !r.forced)),
    ...rank(references.filter((r) => !r.closed && r.forced)),
  ];
  const geoBlocked = clip?.rights?.geoBlockedSweden === true;
  return {
    ok: true,
    sources: ranked.map((reference): ResolvedCaptionFile => ({
      url: reference.url,
      format: reference.format,
      lang: reference.language,
      label: reference.label,
      ...(reference.forced && !reference.closed ? { caveat: 'forced' as const } : {}),
      ...(geoBlocked ? { whenRefused: { reason: 'geo-blocked', detail: 'SVT shows this clip in Sweden only' } } : {}),
    })),
  };
};

function subtitleReferences(references: unknown): SubtitleReference[] {
  if (!Array.isArray(references)) return [];
  return references.flatMap((reference: unknown): SubtitleReference[] => {
    if (typeof reference !== 'object' || reference === null) return [];
    const { url, format, language, label, type } = reference as Record<string, unknown>;
    if (typeof url !== 'string' || !/^https:\/\//.test(url)) return [];
    const kindOfFile =
      format === 'webvtt-hls' || /\.m3u8(?:$|\?)/.test(url)
        ? 'hls-webvtt'
        : format === 'webvtt' || (format === undefined && /\.vtt(?:$|\?)/.test(url))
          ? 'webvtt'
          : undefined;
    if (!kindOfFile) return [];
    const kind = typeof type === 'string' ? type.toLowerCase() : '';
    const name = typeof label === 'string' ? label : undefined;
    return [
      {
        url,
        format: kindOfFile,
        language: typeof language === 'string' ? language : undefined,
        label: name,
        closed: kind.includes('sdh') || kind.includes('closed') || /allt tal/i.test(name ?? ''),
        forced: kind.includes('open') || kind.includes('forced'),
      },
    ];
  });
}
