import { hasNoticeHint } from './notice-hint';
import { MAX_NOTICE_CHARS, type NoticeLine } from './notice-lines';
import { NOTICE_PHRASES, type NoticeStrength } from './notice-phrases';
import { collapseWhitespace } from '../collapse-whitespace';

// Runs in the background: it reads the lines a page sends against the phrase table, so no page
// loads the table or pays for compiling it (V8 takes about half a millisecond per row).

/** Words a notice may hold beyond its phrases ("Sorry,", "video"), per phrase found. */
const SPARE_WORDS_PER_PHRASE = 4;

type Patterns = Record<NoticeStrength, RegExp>;
const patternCache = new Map<string, Patterns>();

/** The table as one pattern per strength for the given languages (all when none are given). */
function phrasePatterns(langs?: readonly string[]): Patterns {
  const key = langs?.join() ?? '*';
  let patterns = patternCache.get(key);
  if (!patterns) {
    const rows = NOTICE_PHRASES.filter((row) => !langs || langs.includes(row.lang));
    const join = (strength: NoticeStrength) =>
      new RegExp(
        rows
          .filter((p) => p.strength === strength)
          .map((p) => `(?:${p.pattern})`)
          .join('|') || '(?!)',
        'g',
      );
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

/** English (the players' own fallback text), and the page's declared language where the table has it. */
export function noticeLanguages(pageLang: string | undefined): string[] | undefined {
  const declared = pageLang?.trim().toLowerCase().slice(0, 2);
  if (!declared) return undefined;
  const lang = declared === 'nb' || declared === 'nn' ? 'no' : declared;
  return lang === 'en' ? ['en'] : ['en', lang];
}

/** Whether `text` consists of notice phrases and little else, with at least one real notice. */
export function isNoticeText(text: string, { forNoScript = false, langs }: NoticeContext = {}): boolean {
  const normalized = collapseWhitespace(text).toLowerCase();
  if (!normalized || normalized.length > MAX_NOTICE_CHARS) return false;
  if (!forNoScript && !hasNoticeHint(normalized)) return false;
  const patterns = phrasePatterns(langs);
  let notices = 0;
  let companions = 0;
  const count = (strong: boolean) => () => (strong ? notices++ : companions++, ' ');
  let rest = normalized.replace(patterns.notice, count(true));
  if (notices === 0 && !forNoScript) return false;
  rest = rest.replace(patterns.browser, count(forNoScript)).replace(patterns.companion, count(false));
  if (notices === 0) return false;
  const spare = rest.match(/[0-9a-z\u00c0-\u017f]+/g)?.length ?? 0;
  return spare <= SPARE_WORDS_PER_PHRASE * (notices + companions);
}

/**
 * For each line, which of its layers (the line's element, then the elements around it) is the
 * notice to hide, or -1: the first layer that reads as a notice, reached only through inline
 * pieces of one sentence, widened to the largest layer whose whole text is still notice.
 */
export function judgeNoticeLines(lines: readonly NoticeLine[], pageLang?: string): number[] {
  const langs = noticeLanguages(pageLang);
  return lines.map(({ layers, forNoScript }) => {
    const context = { forNoScript, langs };
    let notice = layers.findIndex((layer) => isNoticeText(layer.text, context));
    // Only climb through inline pieces (<b>, <span>, <a>) to find the line's start.
    if (notice < 0 || layers.slice(0, notice).some((layer) => !layer.inline)) return -1;
    // A heading is a headline ("JavaScript is turned off for a million readers"), not a notice,
    // and so is any box around it.
    if (layers[notice]!.heading && !forNoScript) return -1;
    while (notice + 1 < layers.length && isNoticeText(layers[notice + 1]!.text, context)) notice++;
    return notice;
  });
}
