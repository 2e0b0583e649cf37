// The cheap test the sentinel runs on every article page's text, before any phrase is tried.

/** "JavaScript", "Java Script", and the case endings Finnish and Polish add ("JavaScriptin"). */
export const JS = 'java ?script(?:in|iä|u)?';

/** Every mention of JavaScript; the one scan over a page's whole text. ASCII, so it compiles at once. */
export const JS_MENTION = /java\s?script/gi;

/** Words that follow "JavaScript" in a notice of one of the table's languages: "JavaScript is off", "JavaScript måste…". */
const WORDS_AFTER = new Set(
  'is has seems appears must needs should är måste behöver er må skal on ei ist muss staat moet est doit está debe è deve precisa jest musi'.split(
    ' ',
  ),
);
/** Beginnings of the words that come before it: "enable JavaScript", "aktivera JavaScript", "włącz JavaScript". */
const STEMS_BEFORE =
  'enabl activ aktiv allow requ tillåt kräv krev kræv slå ota salli kytke vaati benötig erforder brauch schakel zet vereist heeft nécessit habilit necesit attiv abilit richied ativ exig włącz uruchom obsług wymag'.split(
    ' ',
  );
/** Pairs of words that do: "turn on JavaScript", "aktivieren Sie JavaScript". */
const PAIRS_BEFORE = new Set(['turn on', 'switch on', 'slå på', 'skru på', 'aktivieren sie', 'schalten sie']);
/** An article some languages put between the verb and the name: "activer le JavaScript", "ative o JavaScript". */
const ARTICLES = new Set(['le', 'el', 'il', 'o']);
/** Characters around each mention that the words above can reach. */
const HINT_REACH = 24;
const WORD_BREAK = /[\s,.;:!?()"“”«»]+/;

/**
 * Whether a text may hold a notice: some mention of JavaScript has a notice's verb right after or
 * right before it. One native scan finds the mentions; only the few words around each are read,
 * as sets, so no large pattern is ever compiled on the page. Inline scripts can make a page's text
 * megabytes long, and name "text/javascript" without any such verb.
 */
export function hasNoticeHint(text: string): boolean {
  JS_MENTION.lastIndex = 0;
  for (let mention = JS_MENTION.exec(text); mention; mention = JS_MENTION.exec(text)) {
    const end = JS_MENTION.lastIndex;
    // "JavaScriptin", "JavaScriptu": the ending belongs to the name, not to the next word.
    const after = text
      .slice(end, end + HINT_REACH)
      .toLowerCase()
      .replace(/^(?:in|iä|u)(?=\s)/, '');
    if (/^\s/.test(after) && WORDS_AFTER.has(after.trim().split(WORD_BREAK, 1)[0]!)) return true;
    const before = text.slice(Math.max(0, mention.index - HINT_REACH), mention.index);
    if (!/\s$/.test(before)) continue;
    const words = before.toLowerCase().split(WORD_BREAK).filter(Boolean);
    if (ARTICLES.has(words.at(-1)!)) words.pop();
    const last = words.at(-1);
    if (last && (STEMS_BEFORE.some((stem) => last.startsWith(stem)) || PAIRS_BEFORE.has(`${words.at(-2)} ${last}`))) return true;
  }
  return false;
}
