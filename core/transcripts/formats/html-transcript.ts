import type { Cue } from '../types';
import type { ParsedCaptions } from './cue-text';
import { decodeEntities } from './entities';
import { collapseWhitespace } from '../../collapse-whitespace';

/** The parts of Podcasting 2.0's HTML transcript: `<cite>Speaker:</cite> <time>0:04</time> <p>words</p>`. */
const PARTS = /<(cite|time|p)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi;
/** `m:ss`, `h:mm:ss`, with an optional fraction. */
const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d+))?$/;

/**
 * An HTML transcript as podcasts publish them: paragraphs, each after the speaker (`<cite>`) and
 * time (`<time>`) that apply to it. Read without a DOM (a service worker has none): only these
 * three elements matter, and their text is stripped of any markup inside.
 */
export async function parseHtmlTranscript(text: string): Promise<ParsedCaptions> {
  const cues: Cue[] = [];
  let speaker: string | undefined;
  let start: number | undefined;
  for (const [, name, inner] of text.matchAll(PARTS)) {
    const words = plainText(inner!);
    const tag = name!.toLowerCase();
    if (tag === 'cite') speaker = words.replace(/:$/, '').trim() || undefined;
    else if (tag === 'time') start = clockSeconds(words);
    else if (words) {
      cues.push({ ...(start === undefined ? {} : { start }), text: words, ...(speaker ? { speaker } : {}) });
      start = undefined;
    }
  }
  if (cues.length === 0 && !/<[a-z]/i.test(text)) return { ok: false, detail: 'The file holds no HTML' };
  return { ok: true, cues };
}

/** Parts of a web page that are never its transcript: code, navigation, the page's frame. */
const PAGE_CHROME = /<(script|style|noscript|template|nav|header|footer|aside|form|svg)\b[\s\S]*?<\/\1\s*>/gi;
/** The page's main content, where it marks one. */
const MAIN_CONTENT = /<(main|article)\b[^>]*>([\s\S]*)<\/\1\s*>/i;

/**
 * A web page the article links to as a clip's transcript: the paragraphs of its main content
 * (`<main>` or `<article>`, else the body), without navigation, header, footer or scripts, with
 * speakers and times where it marks them as podcast transcripts do.
 */
export async function parseTranscriptPage(text: string): Promise<ParsedCaptions> {
  const content = text.replace(/<!--[\s\S]*?-->/g, '').replace(PAGE_CHROME, ' ');
  const main = MAIN_CONTENT.exec(content)?.[2] ?? content;
  const parsed = await parseHtmlTranscript(main);
  if (!parsed.ok || parsed.cues.length === 0) return { ok: false, detail: 'The linked page holds no paragraphs of transcript' };
  return parsed;
}

/** A plain-text transcript: one line per paragraph, untimed. */
export async function parseTextTranscript(text: string): Promise<ParsedCaptions> {
  if (/^\s*</.test(text)) return { ok: false, detail: 'The file is markup, not plain text' };
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n\s*\r?\n|\r?\n/)
    .map(collapseWhitespace)
    .filter(Boolean);
  return { ok: true, cues: lines.map((line) => ({ text: line })) };
}

function plainText(html: string): string {
  return collapseWhitespace(decodeEntities(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '')));
}

function clockSeconds(value: string): number | undefined {
  const clock = CLOCK.exec(value);
  if (!clock) return undefined;
  const [, hours, minutes, seconds, fraction] = clock;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds) + (fraction ? Number(`0.${fraction}`) : 0);
}
