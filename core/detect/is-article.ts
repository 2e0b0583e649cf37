// The readerable check alone, not the whole parser: this module ships in the sentinel.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

export type ArticleVerdict = { isArticle: boolean; why: string };

/** Text an `<article>` element holds when it is the story itself, not a teaser in a list. */
const ARTICLE_ELEMENT_MIN_CHARS = 1500;

/** JSON-LD types that describe one article. */
const ARTICLE_TYPES = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:Article|NewsArticle|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ScholarlyArticle|TechArticle)"/;

/**
 * Readability's own check reads each node's `style` object; the attributes say the same for the
 * markup a page was served with, without building a style object per paragraph.
 */
function isVisibleByMarkup(node: Node): boolean {
  const element = node as Element;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return false;
  const style = element.getAttribute('style');
  return !style || !/display\s*:\s*none/i.test(style);
}

/** Says whether a page is an article, from its own structured signals first, then its text. */
export function detectArticle(doc: Document): ArticleVerdict {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') return { isArticle: true, why: 'The page says it is an article (og:type).' };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (ARTICLE_TYPES.test(script.textContent ?? '')) return { isArticle: true, why: 'The page describes itself as an article (JSON-LD).' };
  }
  if (doc.querySelector('[itemprop="articleBody"]')) return { isArticle: true, why: 'The page marks its article body.' };
  // Native text lengths: cheaper than the readerable walk below, which reads every paragraph.
  for (const article of Array.from(doc.getElementsByTagName('article'))) {
    if ((article.textContent?.length ?? 0) >= ARTICLE_ELEMENT_MIN_CHARS) return { isArticle: true, why: 'The page holds a long <article>.' };
  }
  if (isProbablyReaderable(doc, { visibilityChecker: isVisibleByMarkup })) return { isArticle: true, why: 'The page has enough running text to read.' };
  return { isArticle: false, why: 'The page has too little running text to be an article.' };
}
