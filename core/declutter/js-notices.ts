import { HIDDEN_ATTRIBUTE } from './hidden-attribute';
import { NOTICE_HINT, NOTICE_PHRASES, NOTICE_PREFILTER, type NoticePhrase } from './notice-phrases';

/** A notice is a few short lines; anything longer is page text that merely mentions scripts. */
const MAX_NOTICE_CHARS = 400;
/** Words a notice may hold beyond its phrases ("Sorry,", "video"), per phrase found. */
const SPARE_WORDS_PER_PHRASE = 4;
/** Elements that hold the page itself, or real content, are never part of a notice. */
const NEVER_NOTICE = new Set(['html', 'body', 'main', 'article', 'header', 'footer', 'nav', 'aside', 'section', 'form']);
// A figcaption is the clip's description, which the reader needs most when the player is dead.
const CONTENT_INSIDE = 'img, picture, video, audio, iframe, svg, canvas, object, embed, table, pre, code, blockquote, input, textarea, select, figcaption';
/** Text in these quotes or shows a notice (an article about notices); it is never one itself. */
const QUOTED = 'pre, code, samp, kbd, blockquote, q';

let combinedPatterns: Record<NoticePhrase['strength'], RegExp> | undefined;

/** The phrase table as one pattern per strength, built on first use: V8 pays a fixed cost for each pattern it compiles, on every page. */
function phrasePatterns(): Record<NoticePhrase['strength'], RegExp> {
  const join = (strength: NoticePhrase['strength']) =>
    new RegExp(NOTICE_PHRASES.filter((p) => p.strength === strength).map((p) => `(?:${p.pattern.source})`).join('|'), 'gi');
  return (combinedPatterns ??= { notice: join('notice'), companion: join('companion') });
}

/** Whether `text` consists of notice phrases and little else, with at least one real notice. */
export function isNoticeText(text: string): boolean {
  const normalized = text.replace(/\s+/g, ' ').trim();
  if (!normalized || normalized.length > MAX_NOTICE_CHARS || !NOTICE_HINT.test(normalized)) return false;
  const patterns = phrasePatterns();
  let notices = 0;
  let companions = 0;
  const rest = normalized
    .replace(patterns.notice, () => (notices++, ' '))
    .replace(patterns.companion, () => (companions++, ' '));
  if (notices === 0) return false;
  const spare = rest.match(/[0-9a-z\u00c0-\uffff]+/gi)?.length ?? 0;
  return spare <= SPARE_WORDS_PER_PHRASE * (notices + companions);
}

function canBeNotice(element: Element): boolean {
  return !NEVER_NOTICE.has(element.localName) && !element.querySelector(CONTENT_INSIDE) && !element.matches(CONTENT_INSIDE);
}

/** Characters around each mention of JavaScript that a notice's hint can reach. */
const HINT_REACH = 24;

/**
 * Whether the page's text may hold a notice: one native scan for mentions of JavaScript rules out
 * almost every page, where reading each text node from script would cost milliseconds on long
 * pages. The hint is tried only around each mention, as inline scripts can make the text
 * megabytes long.
 */
function hasNoticeHint(text: string): boolean {
  const mentions = new RegExp(NOTICE_PREFILTER.source, 'gi');
  for (let mention = mentions.exec(text); mention; mention = mentions.exec(text)) {
    const around = text.slice(Math.max(0, mention.index - HINT_REACH), mentions.lastIndex + HINT_REACH);
    if (NOTICE_HINT.test(around)) return true;
  }
  return false;
}

/**
 * Finds the elements that only tell the reader to turn scripts on: for each text that starts a
 * notice, the largest enclosing element whose whole text is still notice and nothing else.
 */
export function findJsNotices(root: Element): Element[] {
  if (!hasNoticeHint(root.textContent ?? '')) return [];
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const found = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    // With page scripts on, a <noscript> holds its markup as one unrendered text node; reading it
    // as a notice would hide the live player around it.
    if (!parent || parent.localName === 'noscript' || !NOTICE_PREFILTER.test(node.nodeValue ?? '')) continue;
    if (parent.closest(`script, style, template, textarea, ${QUOTED}, [${HIDDEN_ATTRIBUTE}]`)) continue;
    let block = noticeStart(parent);
    if (!block) continue;
    for (let up = block.parentElement; up && canBeNotice(up) && isNoticeText(up.textContent ?? ''); up = up.parentElement) {
      block = up;
    }
    found.add(block);
  }
  // A block found from an inner line may sit inside one found from another line: keep the outer.
  return [...found].filter((el) => ![...found].some((other) => other !== el && other.contains(el)));
}

/** The innermost element around a text node that reads as a notice, allowing inline wrappers. */
function noticeStart(element: Element): Element | undefined {
  for (let el: Element | null = element; el && canBeNotice(el); el = el.parentElement) {
    if (isNoticeText(el.textContent ?? '')) return el;
    // Only climb through inline pieces of one sentence (<b>, <span>, <a>) to find its line.
    if (!/^(?:a|b|i|em|strong|span|small|u|font)$/.test(el.localName)) return undefined;
  }
  return undefined;
}

