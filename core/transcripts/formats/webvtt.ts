import { parseText } from 'media-captions';
import type { Cue } from '../types';
import { cuesFrom, type ParsedCaptions } from './cue-text';

export type { ParsedCaptions };

/** Broadcast timecode starts a programme at 10:00:00; some broadcasters' files (SVT's) keep it. */
const BROADCAST_START_S = 10 * 3600;

/**
 * Parses WebVTT with media-captions (spec parsing, cue settings, STYLE/NOTE/REGION blocks) and turns
 * each cue into plain text, keeping the `<v Speaker>` voice as the speaker.
 */
export async function parseWebVtt(text: string): Promise<ParsedCaptions> {
  if (!/^\uFEFF?WEBVTT(?:[ \t]|\r?\n|$)/.test(text)) return { ok: false, detail: 'The file does not start with WEBVTT' };
  const parsed = await parseText(text, { type: 'vtt' });
  return { ok: true, cues: fromBroadcastTime(cuesFrom(parsed.cues)) };
}

/** Times from the clip's start: a file whose first line comes ten hours in counts from broadcast timecode. */
function fromBroadcastTime(cues: Cue[]): Cue[] {
  const first = cues[0]?.start;
  if (first === undefined || first < BROADCAST_START_S) return cues;
  return cues.map((cue) => ({
    ...cue,
    ...(cue.start === undefined ? {} : { start: cue.start - BROADCAST_START_S }),
    ...(cue.end === undefined ? {} : { end: cue.end - BROADCAST_START_S }),
  }));
}
