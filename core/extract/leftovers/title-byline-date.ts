import { edgeBlocks, textOf } from './blocks';
import { DATE_LABELS, DATE_OR_TIME } from './dates';
import { WORD_END, WORD_START } from './word-edges';
import type { ArticleFacts, LeftoverRule } from './rule';
import { collapseWhitespace } from '../../collapse-whitespace';

/** Longer than this, an edge block says more than who and when. */
const MAX_META_CHARS = 160;

/**
 * Capitals and letters of the Latin script the clean-up's languages use, as ranges rather than
 * Unicode classes: the reader compiles these patterns on every page it opens.
 */
const CAPITAL = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u017F';
const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
/** Words that lead a name, in lower-cased text: "by", "von", "par", "Kategorie:", "in". */
const LEADS_NAME = new RegExp(
  `(?<![${LETTER}])(?:by|written by|posted by|von|text|texte|autor|autorin|autoren|author|authors|par|por|di|door|av|af|przez|kirjoittanut|teksti|reporter|photo|photos|foto|fotos|in|im|unter|dans|en|category|categories|kategorie|kategorien|catégorie|categoría|categoria|kategoria|kategori|luokka|categorie|rubrik|rubrique|ressort|filed under|tag|tags|schlagwort|schlagworte)\\s*:?\\s+`,
  'g',
);
/** A name, or a category's, right where a lead word ends: up to four capitalised words, "and" more. */
const WORD = `[${CAPITAL}][${LETTER}.'’&-]*(?:,?\\s+|$)`;
const NAME_HERE = new RegExp(`(?:${WORD}){1,4}(?:(?:and|und|et|y|e|i|og|och|en|ja|&)\\s+(?:${WORD}){1,3})?`, 'y');
/** The rest of a meta line, in lower-cased text: "0 comments", "5 min read", "Lesezeit:". */
const COUNTS = new RegExp(
  [
    `${WORD_START}\\d+\\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|comentários|komentarzy|kommentarer|kommentaaria|reacties)${WORD_END}`,
    `${WORD_START}\\d+\\s*(?:min\\.?|minutes?|minuten|minutos|minuti|minut|minuty|minutter|minuuttia)(?:\\s+(?:read|lesezeit|lesedauer|de lecture|de lectura|di lettura|de leitura|czytania|läsning|lesing|læsning|lukuaika|leestijd))?${WORD_END}`,
    `(?:lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|czas czytania|lästid|lesetid|læsetid|lukuaika|leestijd|ten tekst przeczytasz w mniej niż minutę)${WORD_END}\\s*:?`,
  ].join('|'),
  'g',
);
const SEPARATORS = /[\s|•·,;:/–—\-()[\]]+/g;

/**
 * The title, byline and date a page prints again over its story (Readability already shows them
 * in the reader's header), and the date and meta lines at either end: "Freitag | 14. Juni 2019 |
 * VON Sina Giebel IN Fashion | 0 COMMENTS", "Aktualisiert am 23.10.2018".
 */
export const titleBylineDate: LeftoverRule = {
  name: 'title-byline-date',
  find(content, facts) {
    const { top, bottom } = edgeBlocks(content, facts);
    return [
      ...top.filter((block) => repeatsTitle(block, facts) || isMetaLine(block, facts)),
      ...bottom.filter((block) => isMetaLine(block, facts)),
    ];
  },
};

function repeatsTitle(block: Element, facts: ArticleFacts): boolean {
  const text = textOf(block).toLowerCase();
  const title = collapseWhitespace(facts.title).toLowerCase();
  return title.length > 0 && (text === title || (text.includes(title) && text.length <= title.length + 20));
}

function isMetaLine(block: Element, facts: ArticleFacts): boolean {
  return isMetaText(textOf(block), facts.byline);
}

/** A line made only of dates, labels for them, a byline, a category and counts. */
export function isMetaText(text: string, knownByline?: string): boolean {
  if (!text || text.length > MAX_META_CHARS) return false;
  const byline = knownByline === undefined ? undefined : collapseWhitespace(knownByline);
  let rest = withoutNames(text);
  if (byline) rest = rest.replace(byline, ' ');
  rest = rest.toLowerCase().replace(COUNTS, ' ').replace(DATE_OR_TIME, ' ').replace(DATE_LABELS, ' ');
  return rest.replace(SEPARATORS, '').length === 0 && /[0-9A-Za-z\u00C0-\u024F]/.test(text);
}

/**
 * The text less each byline ("VON Sina Giebel") and category ("IN Fashion", "Kategorie: News"):
 * the lead word is found in lower case, the name after it by its capitals.
 */
function withoutNames(text: string): string {
  const lower = text.toLowerCase();
  // Lower-casing keeps positions in the Latin script these languages use.
  if (lower.length !== text.length) return text;
  let rest = text;
  for (const lead of lower.matchAll(LEADS_NAME)) {
    NAME_HERE.lastIndex = lead.index + lead[0].length;
    if (NAME_HERE.exec(text))
      rest = rest.slice(0, lead.index) + ' '.repeat(NAME_HERE.lastIndex - lead.index) + rest.slice(NAME_HERE.lastIndex);
  }
  return rest;
}
