import { parseJson } from '../../embedded-json';
import type { Cue } from '../types';
import type { ParsedCaptions } from './cue-text';
import { collapseWhitespace } from '../../collapse-whitespace';

/**
 * Podcasting 2.0's JSON transcript: `segments` of `body` text, each with a start, an end and a
 * speaker where known. Consecutive segments of one speaker stay separate lines, as the file
 * times them.
 */
export async function parsePodcastJson(text: string): Promise<ParsedCaptions> {
  const data = parseJson(text);
  if (data === undefined) return { ok: false, detail: 'The file is not JSON' };
  const segments = (data as { segments?: unknown } | null)?.segments;
  if (!Array.isArray(segments)) return { ok: false, detail: 'The file has no segments: not a Podcasting 2.0 transcript' };
  const cues: Cue[] = [];
  for (const segment of segments as unknown[]) {
    if (typeof segment !== 'object' || segment === null) continue;
    const { body, startTime, endTime, speaker } = segment as Record<string, unknown>;
    const words = typeof body === 'string' ? collapseWhitespace(body) : '';
    if (!words) continue;
    cues.push({
      ...(typeof startTime === 'number' ? { start: startTime } : {}),
      ...(typeof endTime === 'number' ? { end: endTime } : {}),
      text: words,
      ...(typeof speaker === 'string' && speaker.trim() ? { speaker: speaker.trim() } : {}),
    });
  }
  return { ok: true, cues };
}
