import { parseXml, XmlElement } from '@rgrove/parse-xml';
import type { Cue } from '../types';
import type { ParsedCaptions } from './cue-text';
import { decodeEntities } from './entities';
import { joinRepeatedLines } from './repeated-lines';
import { collapseWhitespace } from '../../collapse-whitespace';

/**
 * YouTube's XML timedtext: srv3 (`<timedtext format="3">`, `<p t d>` in milliseconds, words in
 * `<s>`, `a="1"` rows that only break a rolling line) and srv1 (`<transcript>`, `<text start
 * dur>` in seconds). Their text is escaped twice ("&amp;amp;"), so it is decoded once more after
 * the XML parser. A line that repeats the one before only extends it, as in json3.
 */
export async function parseYouTubeXml(text: string): Promise<ParsedCaptions> {
  let root: XmlElement | null;
  try {
    root = parseXml(text.replace(/^\uFEFF/, '')).root;
  } catch {
    return { ok: false, detail: 'The file is not well-formed XML' };
  }
  if (root?.name === 'timedtext') {
    const body = elements(root).find((child) => child.name === 'body');
    return {
      ok: true,
      cues: joinRepeatedLines(
        elements(body)
          .filter((p) => p.name === 'p' && p.attributes['a'] !== '1')
          .map((p) => line(p, 't', 'd', 1000)),
      ),
    };
  }
  if (root?.name === 'transcript')
    return {
      ok: true,
      cues: joinRepeatedLines(
        elements(root)
          .filter((t) => t.name === 'text')
          .map((t) => line(t, 'start', 'dur', 1)),
      ),
    };
  return { ok: false, detail: 'The file is not YouTube’s srv3 or srv1 timedtext' };
}

function line(element: XmlElement, startName: string, durationName: string, unitsPerSecond: number): Cue {
  const start = Number(element.attributes[startName]);
  const duration = Number(element.attributes[durationName]);
  const hasStart = element.attributes[startName] !== undefined && Number.isFinite(start);
  return {
    ...(hasStart ? { start: start / unitsPerSecond } : {}),
    ...(hasStart && Number.isFinite(duration) && element.attributes[durationName] !== undefined
      ? { end: (start + duration) / unitsPerSecond }
      : {}),
    text: collapseWhitespace(decodeEntities(element.text)),
  };
}

function elements(parent: XmlElement | undefined): XmlElement[] {
  return (parent?.children ?? []).filter((child): child is XmlElement => child instanceof XmlElement);
}
