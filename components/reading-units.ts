/** One sentence to speak, and where its words are, to mark while it is spoken. */
export type SpokenSentence = { text: string; range: Range };
/** A paragraph, heading, list item or transcript line: what Previous and Next step between. */
export type ReadingBlock = { element: HTMLElement; sentences: SpokenSentence[] };

const ARTICLE_BLOCKS = 'h1, .content :is(p, h2, h3, h4, h5, h6, li, figcaption, pre, dt, dd, td, th)';
const CLIP_CARD = 'figure[data-legible-media]';

/**
 * What read-aloud speaks, in reading order: the title and the article's blocks, leaving out clip
 * cards unless the transcripts are wanted, then their lines; a block holding another is left to it.
 */
export function readingBlocks(article: HTMLElement, lang: string | undefined, withTranscripts: boolean): ReadingBlock[] {
  const selector = withTranscripts ? `${ARTICLE_BLOCKS}, ${CLIP_CARD} .cue-text` : ARTICLE_BLOCKS;
  const elements = Array.from(article.querySelectorAll<HTMLElement>(selector)).filter((element) => {
    const inCard = element.closest(CLIP_CARD);
    if (inCard && !element.matches('.cue-text')) return false;
    return !element.querySelector(selector);
  });
  return elements.flatMap((element) => {
    const sentences = sentencesOf(element, lang);
    return sentences.length > 0 ? [{ element, sentences }] : [];
  });
}

/** Splits a block's text into sentences (Intl.Segmenter, in the block's language) with their ranges. */
function sentencesOf(element: HTMLElement, lang: string | undefined): SpokenSentence[] {
  const texts: Text[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const whole = texts.map((t) => t.data).join('');
  if (!whole.trim()) return [];
  const segments =
    typeof Intl.Segmenter === 'function'
      ? Array.from(new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(whole), (s) => ({ start: s.index, text: s.segment }))
      : [{ start: 0, text: whole }];
  return segments
    .filter((segment) => segment.text.trim())
    .map((segment) => ({ text: segment.text.trim(), range: rangeOf(texts, segment.start, segment.start + segment.text.trimEnd().length) }));
}

/** A DOM range over characters [start, end) of text nodes read as one string. */
function rangeOf(texts: Text[], start: number, end: number): Range {
  const range = texts[0]!.ownerDocument.createRange();
  let offset = 0;
  for (const text of texts) {
    const next = offset + text.data.length;
    if (start >= offset && start <= next) range.setStart(text, start - offset);
    if (end >= offset && end <= next) {
      range.setEnd(text, end - offset);
      break;
    }
    offset = next;
  }
  return range;
}
