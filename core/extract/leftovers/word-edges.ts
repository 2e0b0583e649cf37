/**
 * The letters and digits of the clean-up's languages (all written in Latin script): where a
 * phrase must start and end for the big phrase patterns. A class of ranges, not `\p{L}`, since
 * the reader compiles these patterns on every page it opens, and Unicode property classes
 * repeated through a pattern of hundreds of phrases cost tens of milliseconds to compile.
 */
const WORD_CHARACTER = 'A-Za-z0-9\\u00C0-\\u024F';

/** Not right after a letter or digit. */
export const WORD_START = `(?<![${WORD_CHARACTER}])`;
/** Not right before a letter or digit. */
export const WORD_END = `(?![${WORD_CHARACTER}])`;
