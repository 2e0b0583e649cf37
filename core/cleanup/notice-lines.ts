import { canHide } from './guards';
import { HIDDEN_ATTRIBUTE } from './hidden-attribute';
import { hasNoticeHint, JS_MENTION } from './notice-hint';
import { outermost } from './outermost';
import { collapseWhitespace } from '../collapse-whitespace';

// The page's half of finding notices: the lines that may be one, as text, for the background to
// judge against the phrase table (notice-judge.ts), and the elements its answer points at.

/** One layer of a line: its element, or one around it, and what the judge needs to know of it. */
export type NoticeLayer = { text: string; inline: boolean; heading: boolean };
/** A line that may be a notice: its element, then each element around it, innermost first. */
export type NoticeLine = { layers: NoticeLayer[]; forNoScript: boolean };

/** The lines to judge, and the elements behind each line's layers. */
export type NoticeLines = { lines: NoticeLine[]; elements: Element[][] };

/** A notice is a few short lines; longer text is page text that merely mentions scripts. A line's layers stop below it. */
export const MAX_NOTICE_CHARS = 400;
/** More lines than any page of notices has: the rest of a pathological page is left alone. */
export const MAX_NOTICE_LINES = 200;
/** More elements around a line than any notice sits in. */
export const MAX_NOTICE_LAYERS = 32;
/** Raw text, whitespace and all, beyond which an element is not read as a notice. */
const MAX_RAW_CHARS = 4 * MAX_NOTICE_CHARS;
// A figcaption is the clip's description, which the reader needs most when the player is dead.
const CONTENT_INSIDE =
  'img, picture, video, audio, iframe, svg, canvas, object, embed, table, pre, code, blockquote, input, textarea, select, figcaption';
/** Text in these quotes or shows a notice (an article about notices); it is never one itself. */
const NEVER_NOTICE = `script, style, template, textarea, pre, code, samp, kbd, blockquote, q, [${HIDDEN_ATTRIBUTE}]`;
/**
 * Markup meant for visitors without scripts: a rendered <noscript> (page scripts off) and the
 * class and id names sites give such boxes. Inside them, "Your browser does not support…" is a
 * notice too.
 */
export const NO_SCRIPT_MARKUP =
  'noscript, [class*="no-js"], [class*="nojs"], [class*="js-disabled"], [class*="enable-js"], [class*="noscript"], [id*="noscript"], [id*="no-js"]';
/** Words one of which every notice or browser notice holds, lower case; boxes without any (an image's <noscript> copy) are skipped unread. */
const NO_SCRIPT_WORDS = /java ?script|browser|webbläsar|nettleser|selai|navigateur|navegador|przeglądar/;
const INLINE = /^(?:a|b|i|em|strong|span|small|u|font)$/;
/** Elements whose text never shows, so never holds a notice: inline scripts can be megabytes of it. */
const NEVER_SHOWN = new Set(['script', 'style', 'template']);

function canBeNotice(element: Element): boolean {
  return canHide(element) && !element.matches(CONTENT_INSIDE) && !element.querySelector(CONTENT_INSIDE);
}

/**
 * The lines of `root` that may be notices: each element holding a text that mentions JavaScript
 * as a notice would (read only when `textHint` is unset or true), and each box of no-script markup
 * with its lines. Nothing in the document changes.
 */
export function collectNoticeLines(root: Element, scriptsOff: boolean, textHint?: boolean): NoticeLines {
  const collected: NoticeLines = { lines: [], elements: [] };
  const starts = new Set<Element>();
  const add = (start: Element, forNoScript: boolean) => {
    if (starts.has(start) || collected.lines.length >= MAX_NOTICE_LINES || start.closest(NEVER_NOTICE)) return;
    starts.add(start);
    const elements: Element[] = [];
    const layers: NoticeLayer[] = [];
    for (let el: Element | null = start; el && layers.length < MAX_NOTICE_LAYERS; el = el.parentElement) {
      const raw = el.textContent ?? '';
      // Collapsing the whitespace of a whole article, once per mention of JavaScript in it, costs
      // milliseconds: text this long is no notice however much of it is indentation.
      if (raw.length > MAX_RAW_CHARS) break;
      const text = collapseWhitespace(raw);
      if (text.length > MAX_NOTICE_CHARS || !canBeNotice(el)) break;
      elements.push(el);
      layers.push({ text, inline: INLINE.test(el.localName), heading: /^h[1-6]$/.test(el.localName) });
    }
    // The widest layer holds every other's text: without a hint there, no layer is a notice.
    if (layers.length && (forNoScript || hasNoticeHint(layers.at(-1)!.text))) {
      collected.lines.push({ layers, forNoScript });
      collected.elements.push(elements);
    }
  };
  for (const box of Array.from(root.querySelectorAll(NO_SCRIPT_MARKUP))) {
    if ((box.localName === 'noscript' && !scriptsOff) || !NO_SCRIPT_WORDS.test((box.textContent ?? '').toLowerCase())) continue;
    // The box as a whole, and each of its lines (a box may also hold an image or a link). Boxes
    // come first: there, a browser notice counts too.
    for (const line of [box, ...Array.from(box.querySelectorAll('p, div, span, strong, b'))]) add(line, true);
  }
  // The sentinel may already have looked (textHint), sparing a second read of the page's text.
  if (textHint ?? textHasNoticeHint(root, scriptsOff)) {
    const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Script text is never shown (and is often most of the page). With page scripts on, a
      // <noscript> holds its markup as one unrendered text node; reading it as a notice would hide
      // the live player around it.
      if (!parent || NEVER_SHOWN.has(parent.localName) || (parent.localName === 'noscript' && !scriptsOff)) continue;
      JS_MENTION.lastIndex = 0;
      if (JS_MENTION.test(node.nodeValue ?? '')) add(parent, false);
    }
  }
  return collected;
}

/**
 * Whether the text of `root` may hold a notice, read block by block without the scripts and
 * styles directly inside it (where sites put their bundles and data), and without an unrendered
 * <noscript> (page scripts on). A news page with its data inline holds more script than text
 * (one saved page: 384 of 508 KB); this reads the text alone, which also spares its hint from
 * every "text/javascript" in the code.
 */
export function textHasNoticeHint(root: Element, scriptsOff: boolean): boolean {
  for (const node of Array.from(root.childNodes)) {
    const element = node.nodeType === 1 /* Node.ELEMENT_NODE */ ? (node as Element) : undefined;
    if (element && (NEVER_SHOWN.has(element.localName) || (element.localName === 'noscript' && !scriptsOff))) continue;
    if (hasNoticeHint(node.textContent ?? '')) return true;
  }
  return false;
}

/** The notices the judge found: for each line, the element of the layer its answer names; outermost only. */
export function pickNotices({ elements }: NoticeLines, noticeLayers: readonly number[]): Element[] {
  const found = new Set<Element>();
  noticeLayers.forEach((layer, line) => {
    const element = elements[line]?.[layer];
    if (element?.isConnected) found.add(element);
  });
  return outermost(found);
}
