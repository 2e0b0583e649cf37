import { parseText } from 'media-captions';
import { cuesFrom, type ParsedCaptions } from './cue-text';

/** `00:00:01,000 --> 00:00:04,000`: the line that makes a file SRT. */
const SRT_TIMING = /^\s*\d+:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d+:\d{2}:\d{2}[,.]\d{1,3}/m;
/** SubStation override tags some SRT files carry (`{\an8}` moves a line to the top). */
const OVERRIDE_TAGS = /\{\\[^}]*\}/g;

/**
 * Parses SubRip with media-captions, which reads SRT's comma-separated milliseconds with its WebVTT
 * timing parser. `<i>`, `<b>` and `<font>` markup and override tags are dropped from the words.
 */
export async function parseSrt(text: string): Promise<ParsedCaptions> {
  if (!SRT_TIMING.test(text)) return { ok: false, detail: 'The file has no SRT timing line' };
  const parsed = await parseText(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), { type: 'srt' });
  return { ok: true, cues: cuesFrom(parsed.cues, (words) => words.replace(OVERRIDE_TAGS, '').replace(/<\/?font[^>]*>/gi, '')) };
}
