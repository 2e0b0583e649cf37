// The cheap test the sentinel runs on every article page, before any phrase table is loaded.

/** "JavaScript", "Java Script", and the case endings Finnish and Polish add ("JavaScriptin"). */
export const JS = 'java ?script(?:in|iä|u)?';

/**
 * The words every `notice` row puts beside "JavaScript", as one small pattern tried only around
 * each mention of JavaScript: text that names it without them (an article about programming, a
 * page's inline scripts) never pays for compiling the table.
 */
export const NOTICE_HINT = new RegExp(
  [
    // JavaScript, then: is / must / needs … in each language
    `${JS} (?:is|has|seems|appears|must|needs|should|är|måste|behöver|er|må|skal|on|ei|ist|muss|staat|moet|est|doit|está|debe|è|deve|precisa|jest|musi)(?![a-z])`,
    // enable / requires …, then JavaScript
    `(?:enable|turn on|activate|allow|switch on|requires|aktivera|slå på|tillåt|kräver|aktiver|aktivere|aktivér|skru på|slå|krever|kræver|ota|salli|kytke|vaatii|aktivieren sie|aktiviere|schalten sie|benötigt|erfordert|braucht|schakel|zet|vereist|heeft|activer|activez|nécessite|activa|habilita|activar|habilitar|requiere|necesita|attiva|abilita|attivare|abilitare|richiede|ative|habilite|ativar|habilitar|requer|exige|włącz|włączyć|uruchom|obsługę|wymaga|włączonego)(?: (?:le|el|il|o))? ${JS}`,
  ].join('|'),
  'i',
);

/** Every mention of JavaScript; the one scan over a page's whole text. */
export const JS_MENTION = /java\s?script/gi;

/** Characters around each mention of JavaScript that a notice's hint can reach. */
const HINT_REACH = 24;

/**
 * Whether the page's text may hold a notice: one native scan for mentions of JavaScript rules out
 * almost every page, where reading each text node from script would cost milliseconds on long
 * pages. The hint is tried only around each mention, as inline scripts can make the text
 * megabytes long.
 */
export function hasNoticeHint(text: string): boolean {
  JS_MENTION.lastIndex = 0;
  for (let mention = JS_MENTION.exec(text); mention; mention = JS_MENTION.exec(text)) {
    const around = text.slice(Math.max(0, mention.index - HINT_REACH), JS_MENTION.lastIndex + HINT_REACH);
    if (NOTICE_HINT.test(around.replace(/\s+/g, ' '))) return true;
  }
  return false;
}
