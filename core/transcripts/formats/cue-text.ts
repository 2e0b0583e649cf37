import { tokenizeVTTCue, type VTTCue, type VTTNode } from 'media-captions';
import type { Cue } from '../types';
import { collapseWhitespace } from '../../collapse-whitespace';

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
  for (const node of inDocumentOrder(nodes)) {
    // A voice tag cut short ("<v In") comes without a name.
    const voice = node.type === 'v' ? (node.voice ?? '').trim() : '';
    if (voice) return voice;
  }
  return undefined;
}

function nodesToText(nodes: VTTNode[]): string {
  let text = '';
  // Ruby annotations repeat the base text's reading; a transcript keeps the base text only.
  for (const node of inDocumentOrder(nodes, (parent) => parent.type !== 'rt')) if (node.type === 'text') text += node.data;
  return text;
}

/**
 * The nodes and their children, depth first, each before its children, entering only where
 * `enter` allows. A loop and not recursion: a crafted cue can nest tags thousands deep.
 */
function* inDocumentOrder(nodes: VTTNode[], enter: (node: VTTNode) => boolean = () => true): Generator<VTTNode> {
  const stack = [...nodes].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    yield node;
    if (node.type !== 'text' && enter(node)) stack.push(...[...node.children].reverse());
  }
}
