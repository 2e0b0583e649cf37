import { parseXml, XmlElement } from '@rgrove/parse-xml';
import { absoluteUrl } from '../../web-address';
import { fail, type Failure } from '../../result';
import { rankByLanguage } from '../language';
import type { ResolvedCaptionFile, FetchText } from '../providers/types';
import type { TranscriptFailureReason } from '../types';

const MANIFEST_TYPES = [
  'application/dash+xml',
  'application/xml',
  'text/xml',
  'text/plain',
  'application/octet-stream',
  'binary/octet-stream',
];
/** Text tracks that are one whole file (sidecar), by their media type; ISOBMFF-wrapped text (wvtt, stpp) is not. */
const SIDECAR_FORMATS: Partial<Record<string, ResolvedCaptionFile['format']>> = {
  'text/vtt': 'webvtt',
  'application/ttml+xml': 'ttml',
  'application/x-subrip': 'srt',
};

type TextTrack = ResolvedCaptionFile & { role: string; order: number };

/**
 * The sidecar text tracks of a DASH manifest: each text AdaptationSet whose Representation is one
 * WebVTT, TTML or SRT file, its address resolved through every BaseURL above it. Captions of all
 * speech (role caption) come first, forced subtitles last, by language.
 */
export async function dashTextTracks(
  url: string,
  fetchText: FetchText,
  languages: readonly (string | undefined)[],
): Promise<DashTextTracks> {
  const answer = await fetchText(url, MANIFEST_TYPES);
  if (!answer.ok) return answer;
  return textTracksOfManifest(answer.text, answer.url || url, languages);
}

export type DashTextTracks = { ok: true; sources: ResolvedCaptionFile[] } | Failure<TranscriptFailureReason>;

/** The manifest's sidecar text tracks, best first, their addresses resolved against `url`, the manifest's own. */
export function textTracksOfManifest(text: string, url: string, languages: readonly (string | undefined)[]): DashTextTracks {
  let mpd: XmlElement | null;
  try {
    mpd = parseXml(text.replace(/^\uFEFF/, '')).root;
  } catch {
    return fail('malformed', 'The DASH manifest is not well-formed XML');
  }
  if (!mpd || mpd.name !== 'MPD') return fail('malformed', 'The file is not a DASH manifest');
  const tracks: TextTrack[] = [];
  const manifestBase = resolve(url, mpd);
  for (const period of children(mpd, 'Period')) {
    const periodBase = resolve(manifestBase, period);
    for (const set of children(period, 'AdaptationSet')) {
      const setBase = resolve(periodBase, set);
      for (const representation of children(set, 'Representation')) {
        const type = (representation.attributes['mimeType'] ?? set.attributes['mimeType'] ?? '').toLowerCase();
        const format = SIDECAR_FORMATS[type];
        const file = absoluteUrl(baseUrlOf(representation), setBase);
        if (!format || !file) continue;
        const role = children(set, 'Role')[0]?.attributes['value'] ?? '';
        const lang = representation.attributes['lang'] ?? set.attributes['lang'];
        tracks.push({
          url: file,
          format,
          ...(lang ? { lang } : {}),
          ...(role === 'forced-subtitle' ? { caveat: 'forced' as const } : {}),
          role,
          order: tracks.length,
        });
      }
    }
  }
  if (tracks.length === 0) return fail('none', 'The stream has no text track Legible can read');
  const weight = (track: TextTrack) => (track.role === 'caption' ? 0 : track.role === 'forced-subtitle' ? 2 : 1);
  const ranked = rankByLanguage(
    [...tracks].sort((a, b) => weight(a) - weight(b) || a.order - b.order),
    languages,
    (t) => t.lang,
  );
  return { ok: true, sources: ranked.map(({ role: _role, order: _order, ...source }) => source) };
}

function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => child instanceof XmlElement && child.name === name);
}

function baseUrlOf(element: XmlElement): string | undefined {
  return children(element, 'BaseURL')[0]?.text.trim() || undefined;
}

/** An element's BaseURL against its parent's address, or the parent's address where it has none. */
function resolve(parentBase: string, element: XmlElement): string {
  return absoluteUrl(baseUrlOf(element), parentBase) ?? parentBase;
}
