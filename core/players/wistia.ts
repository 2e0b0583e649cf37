import { parseJson } from '../embedded-json';
import { fail } from '../result';
import { rankByLanguage } from '../transcripts/language';
import type { ResolvedCaptionFile } from '../transcripts/providers/types';
import { metadataFailure, type PlayerCaptions, type PlayerFamily } from './player-family';

const CAPTIONS = 'https://fast.wistia.com/embed/captions/';
/** A Wistia media's hashed id ("e4a27b971d"). */
const HASHED_ID = /^[a-z0-9]{10}$/i;

/** The family's container in a page's markup; the sentinel carries this alone (index.ts). */
export const shellSelector = 'wistia-player[media-id], [data-wistia-id]';

/** Wistia: its player element, and frames from fast.wistia.net. Its media pages sit on each account's own subdomain. */
export const family = {
  name: 'wistia',
  markup: { selector: shellSelector, idAttributes: ['media-id', 'data-wistia-id'] },
  // fast.wistia.net/embed/iframe/ID, fast.wistia.com/embed/medias/ID
  embed: { host: /^fast\.wistia\.(?:net|com)$/, clipId: (url) => /^\/embed\/(?:iframe|medias)\/([a-z0-9]{10})/i.exec(url.pathname)?.[1] },
} as const satisfies PlayerFamily;

/**
 * Wistia: the media's captions list names each language (ISO 639-2: "eng", "swe"), and each
 * language's captions come as WebVTT from the same place. A media Wistia no longer has is
 * answered with `{"error": true}`, not a 404.
 */
export const captions: PlayerCaptions = async (media, { fetchText, preferredLanguages }) => {
  if (!HASHED_ID.test(media.videoId)) return fail('none', `“${media.videoId}” is not a Wistia media id`);
  const answer = await fetchText(`${CAPTIONS}${media.videoId}.json`, ['application/json']);
  if (!answer.ok) return metadataFailure(answer, 'Wistia');
  const list = parseJson(answer.text) as { error?: unknown; captions?: unknown } | null | undefined;
  if (list === undefined) return fail('malformed', 'Wistia’s captions list is not JSON');
  if (list?.error) return fail('none', 'Wistia no longer has this clip');
  const languages = Array.isArray(list?.captions) ? list.captions.flatMap(captionLanguage) : [];
  if (languages.length === 0) return fail('none', 'This Wistia clip has no captions');
  const ranked = rankByLanguage(languages, [media.pageLang, ...preferredLanguages], (track) => track.lang);
  return {
    ok: true,
    sources: ranked.map((track): ResolvedCaptionFile => ({
      url: `${CAPTIONS}${media.videoId}.vtt?language=${encodeURIComponent(track.code)}`,
      format: 'webvtt',
      lang: track.lang,
      label: track.label,
    })),
  };
};

/** One entry of the captions list: Wistia's code, and the language as the reader's browser names it ("eng" → "en"). */
function captionLanguage(entry: unknown): { code: string; lang: string; label?: string }[] {
  const { language, familyName } = (entry ?? {}) as { language?: unknown; familyName?: unknown };
  if (typeof language !== 'string' || !/^[a-z]{2,3}$/i.test(language)) return [];
  const lang = Intl.getCanonicalLocales(language)[0] ?? language;
  return [{ code: language, lang, ...(typeof familyName === 'string' ? { label: familyName } : {}) }];
}
