import { parseJson } from '../../embedded-json';
import type { Cue } from '../types';
import type { ParsedCaptions } from './cue-text';
import { decodeEntities } from './entities';
import { joinRepeatedLines } from './repeated-lines';
import { collapseWhitespace } from '../../collapse-whitespace';

type Json3Event = { tStartMs?: unknown; dDurationMs?: unknown; aAppend?: unknown; segs?: unknown };

/**
 * YouTube's timedtext `fmt=json3`: events with a start and a duration, their words in `segs`
 * (one per word in speech-recognition tracks). Events without words define windows, and `aAppend`
 * events only break a rolling line; neither is a line of the transcript. A line that repeats the
 * one before (rolling captions show it twice) only extends it. Written here: no maintained
 * parser reads this format.
 */
export async function parseYouTubeJson3(text: string): Promise<ParsedCaptions> {
  const data = parseJson(text);
  if (data === undefined) return { ok: false, detail: 'The file is not JSON' };
  const events = (data as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return { ok: false, detail: 'The file has no events: not YouTube’s json3' };
  const lines: Cue[] = [];
  for (const event of events as Json3Event[]) {
    if (typeof event !== 'object' || event === null || event.aAppend || !Array.isArray(event.segs)) continue;
    const words = collapseWhitespace(
      decodeEntities((event.segs as { utf8?: unknown }[]).map((seg) => (typeof seg?.utf8 === 'string' ? seg.utf8 : '')).join('')),
    );
    const start = typeof event.tStartMs === 'number' ? event.tStartMs / 1000 : undefined;
    if (!words || start === undefined) continue;
    const end = typeof event.dDurationMs === 'number' ? start + event.dDurationMs / 1000 : undefined;
    lines.push({ start, ...(end === undefined ? {} : { end }), text: words });
  }
  return { ok: true, cues: joinRepeatedLines(lines) };
}
