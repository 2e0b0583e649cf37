import { absoluteUrl } from '../../web-address';
import { fail, type Failure } from '../../result';
import { parseWebVtt } from './webvtt';
import { rankByLanguage } from '../language';
import type { FetchText } from '../providers/types';
import type { Cue, TranscriptFailureReason, TranscriptCaveat } from '../types';

const PLAYLIST_TYPES = [
  'application/vnd.apple.mpegurl',
  'application/x-mpegurl',
  'audio/mpegurl',
  'audio/x-mpegurl',
  'text/plain',
  'application/octet-stream',
  'binary/octet-stream',
];
const SEGMENT_TYPES = ['text/vtt', 'text/plain', 'application/octet-stream', 'binary/octet-stream'];
/** More segments than a three-hour programme has at 4 s each: a longer list is not read to its end. */
const MAX_SEGMENTS = 3000;
/** MPEG-2 timestamps count 90,000 ticks a second. */
const MPEG_TICKS = 90_000;
/** Lines repeated across a segment boundary meet within this many seconds. */
const SPLIT_GAP_S = 0.1;

export type Rendition = { uri: string; language?: string; forced: boolean; transcribesDialog: boolean; order: number };
export type HlsResult = { ok: true; cues: Cue[]; url: string; lang?: string; caveat?: TranscriptCaveat } | Failure<TranscriptFailureReason>;

/**
 * An HLS subtitle track as one transcript. A master playlist's `#EXT-X-MEDIA:TYPE=SUBTITLES`
 * renditions are ranked (spoken dialogue first, forced ones last, by language); a media playlist's
 * WebVTT segments are fetched one by one, placed on the programme's clock by their
 * X-TIMESTAMP-MAP, and a line split across two segments is joined again.
 */
export async function fetchHlsSubtitles(url: string, fetchText: FetchText, languages: readonly (string | undefined)[]): Promise<HlsResult> {
  const answer = await fetchText(url, PLAYLIST_TYPES);
  if (!answer.ok) return answer;
  const playlist = readPlaylist(answer.text, answer.url || url);
  if (!playlist) return fail('malformed', 'The file is not an HLS playlist');
  if (playlist.isMaster) {
    const ranked = rankByLanguage(
      [...playlist.renditions].sort(
        (a, b) => Number(b.transcribesDialog) - Number(a.transcribesDialog) || Number(a.forced) - Number(b.forced) || a.order - b.order,
      ),
      languages,
      (r) => r.language,
    );
    // The best rendition that can be read; if none can, why the best could not.
    let failure: HlsResult | undefined;
    for (const rendition of ranked) {
      const track = await stitchSegments(rendition.uri, fetchText);
      if (track.ok) return { ...track, lang: rendition.language, ...(rendition.forced ? { caveat: 'forced' as const } : {}) };
      failure ??= track;
    }
    return failure ?? fail('none', 'The stream has no subtitles');
  }
  return stitchPlaylist(playlist, answer.url || url, fetchText);
}

/** What a playlist lists: subtitle renditions, and its other addresses (segments, in a media playlist). */
export type Playlist = { isMaster: boolean; renditions: Rendition[]; segments: string[] };

/**
 * A playlist's text read, addresses resolved against `base` (those that do not parse are left
 * out); undefined where the text is not an HLS playlist.
 */
export function readPlaylist(text: string, base: string): Playlist | undefined {
  if (!/^\uFEFF?#EXTM3U/.test(text)) return undefined;
  const lines = text.split(/\r?\n/);
  const segments = lines
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .slice(0, MAX_SEGMENTS);
  return {
    isMaster: /#EXT-X-STREAM-INF|#EXT-X-MEDIA:/.test(text),
    renditions: subtitleRenditions(lines, base),
    segments: segments.flatMap((segment) => absoluteUrl(segment, base) ?? []),
  };
}

/** A rendition's media playlist, fetched and stitched; a master there is not followed again. */
async function stitchSegments(url: string, fetchText: FetchText): Promise<HlsResult> {
  const answer = await fetchText(url, PLAYLIST_TYPES);
  if (!answer.ok) return answer;
  const playlist = readPlaylist(answer.text, answer.url || url);
  if (!playlist) return fail('malformed', 'The subtitle playlist is not an HLS playlist');
  return stitchPlaylist(playlist, answer.url || url, fetchText);
}

async function stitchPlaylist({ segments }: Playlist, base: string, fetchText: FetchText): Promise<HlsResult> {
  if (segments.length === 0) return fail('none', 'The subtitle playlist lists no segments');
  const cues: Cue[] = [];
  let origin: number | undefined;
  for (const address of segments) {
    const answer = await fetchText(address, SEGMENT_TYPES);
    if (!answer.ok) return answer;
    const parsed = await parseWebVtt(answer.text);
    if (!parsed.ok) return fail('malformed', `A subtitle segment is not WebVTT: ${parsed.detail}`);
    const offset = segmentOffset(answer.text);
    origin ??= offset;
    const shift = offset - origin;
    for (const cue of parsed.cues)
      append(
        cues,
        shift === 0 ? cue : { ...cue, start: (cue.start ?? 0) + shift, end: cue.end === undefined ? undefined : cue.end + shift },
      );
  }
  return { ok: true, cues, url: base };
}

/** Seconds the segment's local times sit from the stream's clock (X-TIMESTAMP-MAP), or 0. */
export function segmentOffset(segment: string): number {
  const map = /^X-TIMESTAMP-MAP=(.*)$/m.exec(segment.slice(0, 500))?.[1];
  if (!map) return 0;
  const mpegts = Number(/MPEGTS:(\d+)/.exec(map)?.[1] ?? 0);
  const local = /LOCAL:(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})/.exec(map);
  const localSeconds = local ? Number(local[1] ?? 0) * 3600 + Number(local[2]) * 60 + Number(local[3]) + Number(local[4]) / 1000 : 0;
  return mpegts / MPEG_TICKS - localSeconds;
}

/** Adds a line, or lengthens the last one where a segment boundary split it. */
function append(cues: Cue[], cue: Cue): void {
  const last = cues.at(-1);
  if (last && last.text === cue.text && last.end !== undefined && cue.start !== undefined && cue.start - last.end <= SPLIT_GAP_S) {
    last.end = cue.end ?? last.end;
    return;
  }
  cues.push({ ...cue });
}

function subtitleRenditions(lines: readonly string[], base: string): Rendition[] {
  return lines.flatMap((line, order): Rendition[] => {
    if (!line.startsWith('#EXT-X-MEDIA:')) return [];
    const attributes = new Map(
      Array.from(line.slice(13).matchAll(/([A-Z0-9-]+)=("[^"]*"|[^,]*)/g), ([, name, value]) => [name!, value!.replace(/^"|"$/g, '')]),
    );
    const uri = absoluteUrl(attributes.get('URI'), base);
    if (attributes.get('TYPE') !== 'SUBTITLES' || !uri) return [];
    return [
      {
        uri,
        language: attributes.get('LANGUAGE'),
        forced: attributes.get('FORCED') === 'YES',
        transcribesDialog: (attributes.get('CHARACTERISTICS') ?? '').includes('transcribes-spoken-dialog'),
        order,
      },
    ];
  });
}
