import { fail, type Failure } from '../result';
import { parseWebVtt } from './formats/webvtt';
import { rankByLanguage } from './language';
import type { FetchText } from './providers/types';
import type { Cue, TranscriptFailureReason, TranscriptKind } from './types';

const PLAYLIST_TYPES = ['application/vnd.apple.mpegurl', 'application/x-mpegurl', 'audio/mpegurl', 'audio/x-mpegurl', 'text/plain', 'application/octet-stream', 'binary/octet-stream'];
const SEGMENT_TYPES = ['text/vtt', 'text/plain', 'application/octet-stream', 'binary/octet-stream'];
/** More segments than a three-hour programme has at 4 s each: a longer list is not read to its end. */
const MAX_SEGMENTS = 3000;
/** MPEG-2 timestamps count 90,000 ticks a second. */
const MPEG_TICKS = 90_000;
/** Lines repeated across a segment boundary meet within this many seconds. */
const SPLIT_GAP_S = 0.1;

type Rendition = { uri: string; language?: string; forced: boolean; transcribesDialog: boolean; order: number };
export type HlsResult = { ok: true; cues: Cue[]; url: string; lang?: string; kind?: TranscriptKind } | Failure<TranscriptFailureReason>;

/**
 * An HLS subtitle track as one transcript. A master playlist's `#EXT-X-MEDIA:TYPE=SUBTITLES`
 * renditions are ranked (spoken dialogue first, forced ones last, by language); a media playlist's
 * WebVTT segments are fetched one by one, placed on the programme's clock by their
 * X-TIMESTAMP-MAP, and a line split across two segments is joined again.
 */
export async function fetchHlsSubtitles(url: string, fetchText: FetchText, languages: readonly (string | undefined)[]): Promise<HlsResult> {
  const playlist = await fetchText(url, PLAYLIST_TYPES);
  if (!playlist.ok) return playlist;
  if (!/^\uFEFF?#EXTM3U/.test(playlist.text)) return fail('malformed', 'The file is not an HLS playlist');
  const base = playlist.url || url;
  const renditions = subtitleRenditions(playlist.text, base);
  if (/#EXT-X-STREAM-INF|#EXT-X-MEDIA:/.test(playlist.text)) {
    const ranked = rankByLanguage(
      [...renditions].sort((a, b) => Number(b.transcribesDialog) - Number(a.transcribesDialog) || Number(a.forced) - Number(b.forced) || a.order - b.order),
      languages,
      (r) => r.language,
    );
    // The best rendition that can be read; if none can, why the best could not.
    let failure: HlsResult | undefined;
    for (const rendition of ranked) {
      const track = await stitchSegments(rendition.uri, fetchText);
      if (track.ok) return { ...track, lang: rendition.language, ...(rendition.forced ? { kind: 'forced' as const } : {}) };
      failure ??= track;
    }
    return failure ?? fail('none', 'The stream has no subtitles');
  }
  return stitchPlaylist(playlist.text, base, fetchText);
}

/** A rendition's media playlist, fetched and stitched; a master there is not followed again. */
async function stitchSegments(url: string, fetchText: FetchText): Promise<HlsResult> {
  const playlist = await fetchText(url, PLAYLIST_TYPES);
  if (!playlist.ok) return playlist;
  if (!/^\uFEFF?#EXTM3U/.test(playlist.text)) return fail('malformed', 'The subtitle playlist is not an HLS playlist');
  return stitchPlaylist(playlist.text, playlist.url || url, fetchText);
}

async function stitchPlaylist(text: string, base: string, fetchText: FetchText): Promise<HlsResult> {
  const segments = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#')).slice(0, MAX_SEGMENTS);
  if (segments.length === 0) return fail('none', 'The subtitle playlist lists no segments');
  const cues: Cue[] = [];
  let origin: number | undefined;
  for (const segment of segments) {
    const address = new URL(segment, base).href;
    const answer = await fetchText(address, SEGMENT_TYPES);
    if (!answer.ok) return answer;
    const parsed = await parseWebVtt(answer.text);
    if (!parsed.ok) return fail('malformed', `A subtitle segment is not WebVTT: ${parsed.detail}`);
    const offset = timestampOffset(answer.text);
    origin ??= offset;
    const shift = offset - origin;
    for (const cue of parsed.cues) append(cues, shift === 0 ? cue : { ...cue, start: (cue.start ?? 0) + shift, end: cue.end === undefined ? undefined : cue.end + shift });
  }
  return { ok: true, cues, url: base };
}

/** Seconds the segment's local times sit from the stream's clock (X-TIMESTAMP-MAP), or 0. */
function timestampOffset(segment: string): number {
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

function subtitleRenditions(text: string, base: string): Rendition[] {
  return text.split(/\r?\n/).flatMap((line, order): Rendition[] => {
    if (!line.startsWith('#EXT-X-MEDIA:')) return [];
    const attributes = new Map(Array.from(line.slice(13).matchAll(/([A-Z0-9-]+)=("[^"]*"|[^,]*)/g), ([, name, value]) => [name!, value!.replace(/^"|"$/g, '')]));
    const uri = attributes.get('URI');
    if (attributes.get('TYPE') !== 'SUBTITLES' || !uri) return [];
    return [{
      uri: new URL(uri, base).href,
      language: attributes.get('LANGUAGE'),
      forced: attributes.get('FORCED') === 'YES',
      transcribesDialog: (attributes.get('CHARACTERISTICS') ?? '').includes('transcribes-spoken-dialog'),
      order,
    }];
  });
}
