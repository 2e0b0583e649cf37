import type { Cue } from '../types';

/**
 * Lines without words dropped, and a line that repeats the one before joined to it: rolling
 * speech-recognition captions (YouTube's) show each line twice as it scrolls up.
 */
export function joinRepeatedLines(lines: readonly Cue[]): Cue[] {
  const cues: Cue[] = [];
  for (const cue of lines) {
    if (!cue.text) continue;
    const previous = cues.at(-1);
    if (previous && previous.text === cue.text) {
      if (cue.end !== undefined) previous.end = Math.max(previous.end ?? cue.end, cue.end);
      continue;
    }
    cues.push({ ...cue });
  }
  return cues;
}
