import { parseText, tokenizeVTTCue, type VTTNode } from 'media-captions';
import type { Cue } from '../types';

export type ParsedCaptions = { ok: true; cues: Cue[] } | { ok: false; detail: string };

/**
 * Parses WebVTT with media-captions (spec parsing, cue settings, STYLE/NOTE/REGION blocks) and turns
 * each cue into plain text, keeping the `<v Speaker>` voice as the speaker.
 */
export async function parseWebVtt(text: string): Promise<ParsedCaptions> {
  if (!/^\uFEFF?WEBVTT(?:[ \t]|\r?\n|$)/.test(text)) return { ok: false, detail: 'The file does not start with WEBVTT' };
  const parsed = await parseText(text, { type: 'vtt' });
  const cues: Cue[] = [];
  for (const vttCue of parsed.cues) {
    const nodes = tokenizeVTTCue(vttCue);
    const speaker = findVoice(nodes);
    const cueText = collapseWhitespace(nodesToText(nodes));
    if (!cueText) continue;
    cues.push({ start: vttCue.startTime, end: vttCue.endTime, text: cueText, ...(speaker ? { speaker } : {}) });
  }
  return { ok: true, cues };
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
