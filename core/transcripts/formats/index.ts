import type { FileFormat } from '../types';
import { parseHtmlTranscript, parseTextTranscript, parseTranscriptPage } from './html-transcript';
import { parsePodcastJson } from './podcast-json';
import { parseSrt } from './srt';
import { parseTtml } from './ttml';
import { parseWebVtt, type ParsedCaptions } from './webvtt';
import { parseYouTubeJson3 } from './youtube-json3';
import { parseYouTubeXml } from './youtube-xml';

export type CaptionParser = (text: string) => Promise<ParsedCaptions>;

/** One parser per caption format. */
export const PARSERS: Record<FileFormat, CaptionParser> = {
  webvtt: parseWebVtt,
  srt: parseSrt,
  ttml: parseTtml,
  'youtube-json3': parseYouTubeJson3,
  'youtube-xml': parseYouTubeXml,
  'podcast-json': parsePodcastJson,
  'html-transcript': parseHtmlTranscript,
  'text-transcript': parseTextTranscript,
  'transcript-page': parseTranscriptPage,
};

/** Content types each format may arrive with; servers often send captions as plain text or bytes. */
export const ACCEPTED_TYPES: Record<FileFormat, readonly string[]> = {
  webvtt: ['text/vtt', 'text/plain', 'application/octet-stream', 'binary/octet-stream'],
  srt: ['application/x-subrip', 'text/srt', 'application/srt', 'text/plain', 'application/octet-stream', 'binary/octet-stream'],
  ttml: ['application/ttml+xml', 'application/xml', 'text/xml', 'text/plain', 'application/octet-stream', 'binary/octet-stream'],
  'youtube-json3': ['application/json', 'text/plain'],
  'youtube-xml': ['text/xml', 'application/xml', 'text/plain'],
  'podcast-json': ['application/json', 'text/plain', 'application/octet-stream', 'binary/octet-stream'],
  'html-transcript': ['text/html', 'application/xhtml+xml', 'text/plain', 'application/octet-stream'],
  'text-transcript': ['text/plain', 'application/octet-stream', 'binary/octet-stream'],
  'transcript-page': ['text/html', 'application/xhtml+xml'],
};
