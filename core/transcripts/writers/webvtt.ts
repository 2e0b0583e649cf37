import type { Cue } from '../types';
import { captionTimestamp, cueEnd } from './clip-time';

/** A timed transcript as a WebVTT file; speakers as voice spans. Undefined for untimed text. */
export function writeWebVtt(cues: Cue[]): string | undefined {
  if (cues.length === 0 || cues.some((cue) => cue.start === undefined)) return undefined;
  const blocks = cues.map((cue, index) => {
    const timing = `${captionTimestamp(cue.start!, '.')} --> ${captionTimestamp(cueEnd(cues, index), '.')}`;
    const text = escapeCueText(cue.text);
    return `${timing}\n${cue.speaker ? `<v ${escapeCueText(cue.speaker)}>${text}` : text}`;
  });
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}

/** Cue text may not hold a bare "<", "&" or "-->", nor a blank line. */
function escapeCueText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\n\s*\n/g, '\n');
}
