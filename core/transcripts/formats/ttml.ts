import { parseXml, XmlElement, XmlText } from '@rgrove/parse-xml';
import type { Cue } from '../types';
import type { ParsedCaptions } from './cue-text';
import { collapseWhitespace } from '../../collapse-whitespace';

/** TTML's namespaces: TTML1/2, and the DFXP drafts that files in the wild still name. */
const TTML_NAMESPACES = new Set([
  'http://www.w3.org/ns/ttml',
  'http://www.w3.org/2006/10/ttaf1',
  'http://www.w3.org/2006/04/ttaf1',
  'http://www.w3.org/2004/11/ttaf1',
]);
/** `hh:mm:ss`, with a fraction of a second or a frame count (and sub-frames). */
const CLOCK_TIME = /^(\d{2,}):(\d{2}):(\d{2})(?:(\.\d+)|:(\d{2,})(?:\.(\d+))?)?$/;
/** `12.5s`, `1200000t`, `19f`: a count and its unit. */
const OFFSET_TIME = /^(\d+(?:\.\d+)?)(h|m|s|ms|f|t)$/;

type TimeBase = { frameRate: number; subFrameRate: number; tickRate: number };

/**
 * TTML and DFXP: each `<p>` of the body is a line, its words from its text, `<span>`s and
 * `<br/>`s. Times are clock times (with fractions or frames) or offsets in hours, minutes,
 * seconds, milliseconds, frames or ticks, at the document's frame and tick rates; a `<div>`'s
 * begin shifts its lines. The XML is read by @rgrove/parse-xml, since a service worker has no
 * DOMParser; TTML itself is read here, as no maintained library turns it into lines.
 */
export async function parseTtml(text: string): Promise<ParsedCaptions> {
  let root: XmlElement | null;
  try {
    root = parseXml(text.replace(/^\uFEFF/, '')).root;
  } catch (error) {
    return { ok: false, detail: `The file is not well-formed XML: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!root || localName(root) !== 'tt' || !declaresTtml(root))
    return { ok: false, detail: 'The file is not TTML (no <tt> in a TTML namespace)' };
  const base = timeBase(root);
  const body = root.children.find((child): child is XmlElement => child instanceof XmlElement && localName(child) === 'body');
  const cues: Cue[] = [];
  if (body) collectLines(body, 0, base, cues);
  return { ok: true, cues };
}

function collectLines(element: XmlElement, offset: number, base: TimeBase, cues: Cue[]): void {
  for (const child of element.children) {
    if (!(child instanceof XmlElement)) continue;
    const name = localName(child);
    const begin = offset + (timeOf(attribute(child, 'begin'), base) ?? 0);
    if (name === 'div') {
      collectLines(child, begin, base, cues);
      continue;
    }
    if (name !== 'p') continue;
    const words = collapseWhitespace(wordsOf(child));
    if (!words) continue;
    const end = timeOf(attribute(child, 'end'), base);
    const duration = timeOf(attribute(child, 'dur'), base);
    const hasBegin = attribute(child, 'begin') !== undefined;
    cues.push({
      ...(hasBegin ? { start: begin } : {}),
      ...(end !== undefined ? { end: offset + end } : duration !== undefined && hasBegin ? { end: begin + duration } : {}),
      text: words,
    });
  }
}

function wordsOf(element: XmlElement): string {
  let words = '';
  for (const child of element.children) {
    if (child instanceof XmlText) words += child.text;
    else if (child instanceof XmlElement) words += localName(child) === 'br' ? ' ' : wordsOf(child);
  }
  return words;
}

/** Seconds for a TTML time expression; undefined where there is none or it does not parse. */
function timeOf(expression: string | undefined, base: TimeBase): number | undefined {
  const value = expression?.trim();
  if (!value) return undefined;
  const clock = CLOCK_TIME.exec(value);
  if (clock) {
    const [, hours, minutes, seconds, fraction, frames, subFrames] = clock;
    const frameSeconds = frames ? (Number(frames) + (subFrames ? Number(subFrames) / base.subFrameRate : 0)) / base.frameRate : 0;
    return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) + (fraction ? Number(fraction) : 0) + frameSeconds;
  }
  const offset = OFFSET_TIME.exec(value);
  if (!offset) return undefined;
  const count = Number(offset[1]);
  const unit = offset[2];
  if (unit === 'h') return count * 3600;
  if (unit === 'm') return count * 60;
  if (unit === 's') return count;
  if (unit === 'ms') return count / 1000;
  if (unit === 'f') return count / base.frameRate;
  return count / base.tickRate;
}

/** The document's frame and tick rates, with TTML's defaults (30 frames a second; ticks at the frame rate times sub-frames, else 1). */
function timeBase(root: XmlElement): TimeBase {
  const positive = (value: string | undefined) => {
    const number = Number(value);
    return value !== undefined && Number.isFinite(number) && number > 0 ? number : undefined;
  };
  const [numerator, denominator] = (attribute(root, 'frameRateMultiplier') ?? '1 1').split(/\s+/).map(Number);
  const multiplier = numerator && denominator ? numerator / denominator : 1;
  const frameRate = (positive(attribute(root, 'frameRate')) ?? 30) * multiplier;
  const subFrameRate = positive(attribute(root, 'subFrameRate')) ?? 1;
  const tickRate = positive(attribute(root, 'tickRate')) ?? (attribute(root, 'frameRate') ? frameRate * subFrameRate : 1);
  return { frameRate, subFrameRate, tickRate };
}

function declaresTtml(root: XmlElement): boolean {
  return Object.entries(root.attributes).some(
    ([name, value]) => (name === 'xmlns' || name.startsWith('xmlns:')) && TTML_NAMESPACES.has(value.replace(/#.*$/, '')),
  );
}

/** An element's name without its prefix: files write `tt:p` and `p` alike. */
function localName(element: XmlElement): string {
  return element.name.slice(element.name.indexOf(':') + 1);
}

/** An attribute by its local name, whatever prefix (`ttp:`, `tt:`) the file gave it. */
function attribute(element: XmlElement, name: string): string | undefined {
  for (const [key, value] of Object.entries(element.attributes)) if (key === name || key.endsWith(`:${name}`)) return value;
  return undefined;
}
