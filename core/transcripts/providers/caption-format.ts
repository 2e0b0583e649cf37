import type { PageCaptionFile } from '../../media/types';
import type { CaptionFormat } from '../types';
import { parseUrl } from '../../web-address';

/** Media types pages declare for caption files (JSON-LD `encodingFormat`), by format. */
const DECLARED_TYPES: Partial<Record<string, CaptionFormat>> = {
  'text/vtt': 'webvtt',
  'application/x-subrip': 'srt',
  'text/srt': 'srt',
  'application/srt': 'srt',
  'application/ttml+xml': 'ttml',
  'application/dfxp+xml': 'ttml',
  'application/vnd.apple.mpegurl': 'hls-webvtt',
  'application/x-mpegurl': 'hls-webvtt',
  'application/dash+xml': 'dash-text',
};

/**
 * The format of a captions file, from its declared media type or else its file name. Undefined
 * for formats Legible cannot read yet, so a provider can skip them.
 */
export function captionFormatOf(track: Pick<PageCaptionFile, 'url' | 'type'>): CaptionFormat | undefined {
  const type = track.type?.split(';')[0]?.trim().toLowerCase();
  if (type) return DECLARED_TYPES[type];
  const path = parseUrl(track.url)?.pathname.toLowerCase() ?? '';
  // <track> files are WebVTT by the HTML spec, whatever they are named; others need an ending.
  if (path.endsWith('.vtt') || path.endsWith('.webvtt')) return 'webvtt';
  if (path.endsWith('.srt')) return 'srt';
  if (path.endsWith('.m3u8')) return 'hls-webvtt';
  if (path.endsWith('.mpd')) return 'dash-text';
  // JW Player serves DFXP as .xml; the parser refuses an .xml file that is not TTML.
  return /\.(?:ttml|dfxp|xml)$/.test(path) ? 'ttml' : undefined;
}
