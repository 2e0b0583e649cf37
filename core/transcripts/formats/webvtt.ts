import { parseText } from 'media-captions';
import { cuesFrom, type ParsedCaptions } from './cue-text';

export type { ParsedCaptions };

/**
 * Parses WebVTT with media-captions (spec parsing, cue settings, STYLE/NOTE/REGION blocks) and turns
 * each cue into plain text, keeping the `<v Speaker>` voice as the speaker.
 */
export async function parseWebVtt(text: string): Promise<ParsedCaptions> {
  if (!/^\uFEFF?WEBVTT(?:[ \t]|\r?\n|$)/.test(text)) return { ok: false, detail: 'The file does not start with WEBVTT' };
  const parsed = await parseText(text, { type: 'vtt' });
  return { ok: true, cues: cuesFrom(parsed.cues) };
}

