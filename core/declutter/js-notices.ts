import { HIDDEN_ATTRIBUTE } from './hidden-attribute';
import { canHide } from './guards';
import { outermost } from './outermost';
import { hasNoticeHint, NOTICE_HINT } from './notice-hint';
import { NOTICE_PHRASES, type NoticeStrength } from './notice-phrases';

/** A notice is a few short lines; anything longer is page text that merely mentions scripts. */
const MAX_NOTICE_CHARS = 400;
/** Words a notice may hold beyond its phrases ("Sorry,", "video"), per phrase found. */
const SPARE_WORDS_PER_PHRASE = 4;
// A figcaption is the clip's description, which the reader needs most when the player is dead.
const CONTENT_INSIDE = 'img, picture, video, audio, iframe, svg, canvas, object, embed, table, pre, code, blockquote, input, textarea, select, figcaption';
/** Text in these quotes or shows a notice (an article about notices); it is never one itself. */
const QUOTED = 'pre, code, samp, kbd, blockquote, q';
/**
 * Markup meant for visitors without scripts: a rendered <noscript> (page scripts off) and the
 * class and id names sites give such boxes. Inside them, "Your browser does not support…" is a
 * notice too.
 */
const NO_SCRIPT_MARKUP = 'noscript, [class*="no-js"], [class*="nojs"], [class*="js-disabled"], [class*="enable-js"], [class*="noscript"], [id*="noscript"], [id*="no-js"]';
/** Words one of which every notice or browser notice holds; boxes without any (an image's <noscript> copy) are skipped unread. */
const NO_SCRIPT_WORDS = /java ?script|browser|webbläsar|nettleser|selai|navigateur|navegador|przeglądar/i;

type Patterns = Record<NoticeStrength, RegExp>;
const patternCache = new Map<string, Patterns>();

/**
 * The phrase table as one pattern per strength, for the given languages (all when none are
 * given), built on first use: V8 takes about half a millisecond to compile each row, so a page
 * pays only for its own language and English.
 */
function phrasePatterns(langs?: readonly string[]): Patterns {
  const key = langs?.join() ?? '*';
  let patterns = patternCache.get(key);
  if (!patterns) {
    const rows = NOTICE_PHRASES.filter((row) => !langs || langs.includes(row.lang));
    const join = (strength: NoticeStrength) => new RegExp(rows.filter((p) => p.strength === strength).map((p) => `(?:${p.pattern})`).join('|') || '(?!)', 'gi');
    patterns = { notice: join('notice'), companion: join('companion'), browser: join('browser') };
    patternCache.set(key, patterns);
  }
  return patterns;
}

/** Where a text sits, and in which languages its notices can be. */
export type NoticeContext = {
  /** The text is in markup meant for visitors without scripts: a browser notice counts on its own. */
  forNoScript?: boolean;
  /** The table's languages to try; all when unset. */
  langs?: readonly string[];
};

/** English (the players' own fallback text), and the page's language where it has one in the table. */
export function noticeLanguages(doc: Document): string[] | undefined {
  const declared = doc.documentElement.lang.trim().toLowerCase().slice(0, 2);
  if (!declared) return undefined;
  const lang = declared === 'nb' || declared === 'nn' ? 'no' : declared;
  return lang === 'en' ? ['en'] : ['en', lang];
}

/** Whether `text` consists of notice phrases and little else, with at least one real notice. */
export function isNoticeText(text: string, { forNoScript = false, langs }: NoticeContext = {}): boolean {
  const normalized = text.replace(/\s+/g, ' ').trim();
  if (!normalized || normalized.length > MAX_NOTICE_CHARS) return false;
  if (!forNoScript && !NOTICE_HINT.test(normalized)) return false;
  const patterns = phrasePatterns(langs);
  let notices = 0;
  let companions = 0;
  const count = (strong: boolean) => () => ((strong ? notices++ : companions++), ' ');
  let rest = normalized.replace(patterns.notice, count(true));
  // Without a notice (and outside no-script markup) the text cannot be one: the other two patterns
  // are then never compiled, which on an article about JavaScript is most of the time.
  if (notices === 0 && !forNoScript) return false;
  rest = rest.replace(patterns.browser, count(forNoScript)).replace(patterns.companion, count(false));
  if (notices === 0) return false;
  const spare = rest.match(/[0-9a-z\u00c0-\u017f]+/gi)?.length ?? 0;
  return spare <= SPARE_WORDS_PER_PHRASE * (notices + companions);
}

function canBeNotice(element: Element): boolean {
  return canHide(element) && !element.querySelector(CONTENT_INSIDE) && !element.matches(CONTENT_INSIDE);
}

/**
 * Finds the elements that only tell the reader to turn scripts on (or get another browser): for
 * each text that starts a notice, the largest enclosing element whose whole text is still notice
 * and nothing else.
 */
export function findJsNotices(root: Element, scriptsOff: boolean, textHint?: boolean): Element[] {
  const found = new Set<Element>();
  const langs = noticeLanguages(root.ownerDocument);
  // The sentinel may already have looked (textHint), sparing a second read of the page's text.
  if (textHint ?? hasNoticeHint(root.textContent ?? '')) {
    const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // With page scripts on, a <noscript> holds its markup as one unrendered text node; reading it
      // as a notice would hide the live player around it.
      if (!parent || (parent.localName === 'noscript' && !scriptsOff) || !/java\s?script/i.test(node.nodeValue ?? '')) continue;
      const block = noticeAround(parent, { langs });
      if (block) found.add(block);
    }
  }
  for (const box of Array.from(root.querySelectorAll(NO_SCRIPT_MARKUP))) {
    if ((box.localName === 'noscript' && !scriptsOff) || !NO_SCRIPT_WORDS.test(box.textContent ?? '')) continue;
    // The box as a whole, or else each of its lines (a box may also hold an image or a link).
    for (const line of [box, ...Array.from(box.querySelectorAll('p, div, span, strong, b'))]) {
      const block = noticeAround(line, { forNoScript: true, langs });
      if (block) {
        found.add(block);
        if (line === box) break;
      }
    }
  }
  // A block found from an inner line may sit inside one found from another line: keep the outer.
  return outermost(found);
}

/** The largest element around `start` whose whole text is notice, if `start`'s line is one. */
function noticeAround(start: Element, context: NoticeContext): Element | undefined {
  if (start.closest(`script, style, template, textarea, ${QUOTED}, [${HIDDEN_ATTRIBUTE}]`)) return undefined;
  let block = noticeStart(start, context);
  // A heading is a headline ("JavaScript is turned off for a million readers"), not a notice,
  // and so is any box around it.
  if (!block || (/^h[1-6]$/.test(block.localName) && !context.forNoScript)) return undefined;
  for (let up = block.parentElement; up && canBeNotice(up) && isNoticeText(up.textContent ?? '', context); up = up.parentElement) {
    block = up;
  }
  return block;
}

/** The innermost element around a text node that reads as a notice, allowing inline wrappers. */
function noticeStart(element: Element, context: NoticeContext): Element | undefined {
  for (let el: Element | null = element; el && canBeNotice(el); el = el.parentElement) {
    if (isNoticeText(el.textContent ?? '', context)) return el;
    // Only climb through inline pieces of one sentence (<b>, <span>, <a>) to find its line.
    if (!/^(?:a|b|i|em|strong|span|small|u|font)$/.test(el.localName)) return undefined;
  }
  return undefined;
}
