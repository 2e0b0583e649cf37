import { tokenizeVTTCue, type VTTCue, type VTTNode } from 'media-captions';
import type { Cue } from '../types';

export type ParsedCaptions = { ok: true; cues: Cue[] } | { ok: false; detail: string };

/**
 * Turns media-captions' cues into transcript lines: plain text, the `<v Speaker>` voice as the
 * speaker, and no empty lines. `clean` drops what a format puts in cue text that is not words.
 */
export function cuesFrom(vttCues: readonly VTTCue[], clean: (text: string) => string = (text) => text): Cue[] {
  const cues: Cue[] = [];
  for (const vttCue of vttCues) {
    const nodes = tokenizeVTTCue(vttCue);
    const speaker = findVoice(nodes);
    const cueText = collapseWhitespace(clean(nodesToText(nodes)));
    if (!cueText) continue;
    cues.push({ start: vttCue.startTime, end: vttCue.endTime, text: cueText, ...(speaker ? { speaker } : {}) });
  }
  return cues;
}

function findVoice(nodes: VTTNode[]): string | undefined {
  for (const node of nodes) {
    if (node.type === 'v' && node.voice.trim()) return node.voice.trim();
    if (node.type !== 'text') {
      const inner = findVoice(node.children);
      if (inner) return inner;
    }
  }
  return undefined;
}

function nodesToText(nodes: VTTNode[]): string {
  let text = '';
  for (const node of nodes) {
    // Ruby annotations repeat the base text's reading; a transcript keeps the base text only.
    if (node.type === 'text') text += node.data;
    else if (node.type !== 'rt') text += nodesToText(node.children);
  }
  return text;
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
