// The readerable check alone, not the whole parser: this module ships in the sentinel.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { ArticleReason } from './article-reasons';

export type { ArticleReason };

export type ArticleVerdict = { isArticle: boolean; reason: ArticleReason };

/** Text an `<article>` element holds when it is the story itself, not a teaser in a list. */
const ARTICLE_ELEMENT_MIN_CHARS = 1500;
/** Teasers in a row that make a page a listing (a home page, a section front). */
const LISTING_MIN_TEASERS = 3;
/** Results in a list that, beside a search field, make a page search results. */
const SEARCH_MIN_RESULTS = 5;
/** Long paragraphs below which a page is not running text (an app shell, a form, a list). */
const FEW_PARAGRAPHS = 3;
const LONG_PARAGRAPH_CHARS = 140;

/** JSON-LD types that describe one article: Article and every type named …Article (NewsArticle, TechArticle), BlogPosting, Report. */
export const ARTICLE_TYPES = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:\w*Article|BlogPosting|Report)"/;
/** Fields that make a page a sign-in or payment form. */
const FORM_FIELDS =
  'input[type="password"], input[autocomplete^="cc-"], input[autocomplete="current-password"], input[name*="cardnumber" i]';
const SEARCH_FIELD = 'form[role="search"] input, input[type="search"]';

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

/**
 * Says whether a page is an article: its own structured signals first, then what it plainly is
 * not (an app, a form, a list of links), then how much running text it has.
 */
export function detectArticle(doc: Document): ArticleVerdict {
  const verdict = (isArticle: boolean, reason: ArticleReason): ArticleVerdict => ({ isArticle, reason });
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') return verdict(true, 'whyOgType');
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (ARTICLE_TYPES.test(script.textContent ?? '')) return verdict(true, 'whyJsonLd');
  }
  if (doc.querySelector('[itemprop="articleBody"]')) return verdict(true, 'whyArticleBody');

  // Native text lengths: cheaper than the readerable walk below, which reads every paragraph.
  const articles = Array.from(doc.getElementsByTagName('article'));
  const longArticle = articles.some((article) => (article.textContent?.length ?? 0) >= ARTICLE_ELEMENT_MIN_CHARS);
  if (!longArticle) {
    if (articles.length >= LISTING_MIN_TEASERS) return verdict(false, 'whyListing');
    const fewParagraphs = countLongParagraphs(doc) < FEW_PARAGRAPHS;
    if (fewParagraphs && doc.querySelector(FORM_FIELDS)) return verdict(false, 'whyForm');
    if (fewParagraphs && hasSearchResults(doc)) return verdict(false, 'whySearch');
    if (fewParagraphs && isAppShell(doc)) return verdict(false, 'whyAppShell');
  }
  if (longArticle) return verdict(true, 'whyLongArticle');
  if (isProbablyReaderable(doc, { visibilityChecker: isVisibleByMarkup })) return verdict(true, 'whyRunningText');
  return verdict(false, 'whyTooLittleText');
}

function countLongParagraphs(doc: Document): number {
  let count = 0;
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    if ((p.textContent?.length ?? 0) >= LONG_PARAGRAPH_CHARS && ++count >= FEW_PARAGRAPHS) break;
  }
  return count;
}

/** A search field, and a list of results that are links. */
function hasSearchResults(doc: Document): boolean {
  if (!doc.querySelector(SEARCH_FIELD)) return false;
  return Array.from(doc.querySelectorAll('ol, ul')).some(
    (list) => list.querySelectorAll(':scope > li a[href]').length >= SEARCH_MIN_RESULTS,
  );
}

/**
 * A page its scripts draw: an empty mount point, or a <noscript> asking for JavaScript. One inside
 * the article or a figure is a dead player's notice in a short story, not the page's.
 */
function isAppShell(doc: Document): boolean {
  if (doc.querySelector('#root:empty, #app:empty, #__next:empty, app-root:empty, [data-reactroot]:empty')) return true;
  return Array.from(doc.getElementsByTagName('noscript')).some(
    (noscript) => !noscript.closest('article, main, figure') && /java\s?script/i.test(noscript.textContent ?? ''),
  );
}
