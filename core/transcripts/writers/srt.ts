import type { Cue } from '../types';
import { captionTimestamp, cueEnd } from './clip-time';

/** A timed transcript as a SubRip file; speakers lead their lines. Undefined for untimed text. */
export function writeSrt(cues: Cue[]): string | undefined {
  if (cues.length === 0 || cues.some((cue) => cue.start === undefined)) return undefined;
  const blocks = cues.map((cue, index) => {
    const timing = `${captionTimestamp(cue.start!, ',')} --> ${captionTimestamp(cueEnd(cues, index), ',')}`;
    const text = cue.text.replace(/\n\s*\n/g, '\n');
    return `${index + 1}\n${timing}\n${cue.speaker ? `${cue.speaker}: ${text}` : text}`;
  });
  return `${blocks.join('\n\n')}\n`;
}
