import type { Failure } from '../../result';
import type { ResolvedCaptionFile, FetchText } from '../providers/types';
import type { Cue, TranscriptFailureReason, TranscriptCaveat } from '../types';
import { dashTextTracks } from './dash-text';
import { fetchHlsSubtitles } from './hls-webvtt';
import { parseHtmlTranscript, parseTextTranscript, parseTranscriptPage } from './html-transcript';
import { parsePodcastJson } from './podcast-json';
import { parseSrt } from './srt';
import { parseTtml } from './ttml';
import { parseWebVtt, type ParsedCaptions } from './webvtt';
import { parseYouTubeJson3 } from './youtube-json3';
import { parseYouTubeXml } from './youtube-xml';

/** A format that is one file: fetched with the content types it may arrive with, read by one parser. */
export type FileFormatReader = { kind: 'file'; acceptedTypes: readonly string[]; parse(text: string): Promise<ParsedCaptions> };

/**
 * A stream whose manifest names its text, read through the service's fetch: it gives the lines
 * themselves (HLS stitches its segments), or the files that hold them, to read in turn (DASH).
 */
export type StreamFormatReader = {
  kind: 'stream';
  read(url: string, fetchText: FetchText, languages: readonly (string | undefined)[]): Promise<StreamReading>;
};
export type StreamReading =
  | { ok: true; cues: Cue[]; lang?: string; caveat?: TranscriptCaveat }
  | { ok: true; sources: ResolvedCaptionFile[] }
  | Failure<TranscriptFailureReason>;

/** Servers often send captions as plain text or bytes, whatever they hold. */
const ANY_TEXT = ['text/plain', 'application/octet-stream', 'binary/octet-stream'];
const stream = (read: StreamFormatReader['read']): StreamFormatReader => ({ kind: 'stream', read });
const file = (acceptedTypes: readonly string[], parse: FileFormatReader['parse']): FileFormatReader => ({
  kind: 'file',
  acceptedTypes,
  parse,
});

/** Every caption format Legible reads, one file each in this folder (the registry test checks each has its fixtures). */
export const CAPTION_FORMATS = {
  webvtt: file(['text/vtt', ...ANY_TEXT], parseWebVtt),
  srt: file(['application/x-subrip', 'text/srt', 'application/srt', ...ANY_TEXT], parseSrt),
  ttml: file(['application/ttml+xml', 'application/xml', 'text/xml', ...ANY_TEXT], parseTtml),
  'youtube-json3': file(['application/json', 'text/plain'], parseYouTubeJson3),
  'youtube-xml': file(['text/xml', 'application/xml', 'text/plain'], parseYouTubeXml),
  'podcast-json': file(['application/json', ...ANY_TEXT], parsePodcastJson),
  'html-transcript': file(['text/html', 'application/xhtml+xml', 'text/plain', 'application/octet-stream'], parseHtmlTranscript),
  'text-transcript': file(ANY_TEXT, parseTextTranscript),
  'transcript-page': file(['text/html', 'application/xhtml+xml'], parseTranscriptPage),
  'hls-webvtt': stream(fetchHlsSubtitles),
  'dash-text': stream(dashTextTracks),
} as const satisfies Record<string, FileFormatReader | StreamFormatReader>;

export type CaptionFormat = keyof typeof CAPTION_FORMATS;
/** Formats that are one file, read by one parser. */
export type FileFormat = {
  [Format in CaptionFormat]: (typeof CAPTION_FORMATS)[Format] extends FileFormatReader ? Format : never;
}[CaptionFormat];

export function isFileFormat(format: CaptionFormat): format is FileFormat {
  return CAPTION_FORMATS[format].kind === 'file';
}
