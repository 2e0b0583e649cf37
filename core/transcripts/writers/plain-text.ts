import type { Cue } from '../types';
import { clipTime } from './clip-time';

/** A transcript as people paste it: one line each, with its time and, where it changes, its speaker. */
export function writePlainText(cues: Cue[]): string {
  return cues
    .map((cue, index) => {
      const time = cue.start !== undefined ? `[${clipTime(cue.start)}] ` : '';
      const speaker = cue.speaker && cues[index - 1]?.speaker !== cue.speaker ? `${cue.speaker}: ` : '';
      return `${time}${speaker}${cue.text}`;
    })
    .join('\n')
    .concat('\n');
}
