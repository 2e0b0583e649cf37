/**
 * How the labelled set's authors score an extractor (the corpus README): runs of whitespace
 * collapsed in the text and in each snippet, then each snippet looked up as a substring.
 */

/** One labelled page: snippets the reader must show, and snippets it must not. */
export type PageLabels = { with: string[]; without: string[] };

export type PageScore = {
  /** `with` snippets the text lacks. */
  missed: string[];
  /** `without` snippets the text shows. */
  leaked: string[];
  tp: number;
  fn: number;
  fp: number;
  tn: number;
};

export type Totals = { tp: number; fn: number; fp: number; tn: number };

export type Figures = { precision: number; recall: number; f1: number; accuracy: number };

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Scores one page's text; an extractor that showed nothing scores with an empty text. */
export function scorePage(text: string, labels: PageLabels): PageScore {
  const shown = collapseWhitespace(text);
  const isShown = (snippet: string) => shown.includes(collapseWhitespace(snippet));
  const missed = labels.with.filter((snippet) => !isShown(snippet));
  const leaked = labels.without.filter(isShown);
  return {
    missed,
    leaked,
    tp: labels.with.length - missed.length,
    fn: missed.length,
    fp: leaked.length,
    tn: labels.without.length - leaked.length,
  };
}

export function addUp(scores: Totals[]): Totals {
  return scores.reduce((sum, s) => ({ tp: sum.tp + s.tp, fn: sum.fn + s.fn, fp: sum.fp + s.fp, tn: sum.tn + s.tn }), {
    tp: 0,
    fn: 0,
    fp: 0,
    tn: 0,
  });
}

export function figuresOf({ tp, fn, fp, tn }: Totals): Figures {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const all = tp + fn + fp + tn;
  return { precision, recall, f1, accuracy: all ? (tp + tn) / all : 0 };
}

/**
 * The share of `expected`'s words that `shown` has, each word counted as often as it occurs in
 * both: how much of an article a reader keeps, whatever else it shows.
 */
export function shareOfWordsKept(expected: string, shown: string): number {
  const expectedWords = words(expected);
  if (expectedWords.length === 0) return 1;
  const available = new Map<string, number>();
  for (const word of words(shown)) available.set(word, (available.get(word) ?? 0) + 1);
  let kept = 0;
  for (const word of expectedWords) {
    const left = available.get(word) ?? 0;
    if (left > 0) {
      kept++;
      available.set(word, left - 1);
    }
  }
  return kept / expectedWords.length;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
