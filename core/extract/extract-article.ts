import { Readability } from '@mozilla/readability';
import { HIDDEN_ATTRIBUTE } from '../declutter/hidden-attribute';
import { findMedia, type NumberedMedia } from '../media/find-media';
import { fail, type Failure } from '../result';
import { LEFTOVER_RULES } from './leftovers/rules';
import { leaveOutLeftovers, type LeftOut } from './leftovers/second-pass';
import { insertMediaPlaceholders, restoreDroppedPlaceholders } from './media-placeholders';
import { parseUnrenderedNoscripts } from './unrendered-noscript';
import { MEDIA_SLOT_ATTRIBUTE, type ReaderDocument } from './reader-document';
import { sanitizeArticleHtml } from './sanitize';

/** A silent reader's pace, words per minute, for the reading-time estimate. */
const WORDS_PER_MINUTE = 230;

export type ExtractResult = { ok: true; article: ReaderDocument; timings: ExtractTimings } | Failure<'not-article'>;

/** Where an opening's time went, in milliseconds, for the bench. */
export type ExtractTimings = { prepare: number; readability: number; secondPass: number; sanitize: number };

/** What the parse found, before it is made safe to show. */
export type ParsedArticle = {
  parsed: NonNullable<ReturnType<Readability['parse']>>;
  /** The article's body after the second pass, in the parse's inert copy of the page. */
  body: HTMLElement;
  /** Readability's own body, before the second pass. */
  readabilityHtml: string;
  leftOut: LeftOut[];
  media: NumberedMedia[];
  anchors: ReturnType<typeof insertMediaPlaceholders>;
  timings: Omit<ExtractTimings, 'sanitize'>;
};

/** Turns the live page into a ReaderDocument without touching the page itself. */
export function extractArticle(doc: Document): ExtractResult {
  const pageUrl = doc.location?.href ?? doc.URL;
  const found = parseArticle(doc);
  if (!found) return fail('not-article', 'Legible could not find an article on this page.');
  const { parsed, body, readabilityHtml, leftOut, media, anchors } = found;

  const started = performance.now();
  const contentHtml = safeHtml(body.innerHTML, doc, anchors);
  const withLeftoversHtml = leftOut.length > 0 ? safeHtml(readabilityHtml, doc, anchors) : undefined;
  const sanitize = performance.now() - started;

  const words = (body.textContent ?? '').split(/\s+/).filter(Boolean).length;
  const dir = parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : undefined;
  return {
    ok: true,
    timings: { ...found.timings, sanitize },
    article: {
      title: parsed.title?.trim() || doc.title || pageUrl,
      byline: parsed.byline?.trim() || undefined,
      siteName: parsed.siteName?.trim() || undefined,
      publishedTime: parsed.publishedTime?.trim() || undefined,
      lang: parsed.lang?.trim() || pageLanguage(doc),
      dir,
      contentHtml,
      leftOut: withLeftoversHtml ? { count: leftOut.length, withLeftoversHtml } : undefined,
      readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
      media: media.map((m) => m.ref),
      url: pageUrl,
    },
  };
}

/**
 * Finds the article in a copy of the page: Readability picks the body, then the second pass
 * leaves out what is the page's, not the story's. Undefined where there is no article.
 */
export function parseArticle(doc: Document): ParsedArticle | undefined {
  let mark = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = now - mark;
    mark = now;
    return ms;
  };
  const pageUrl = doc.location?.href ?? doc.URL;
  const clone = doc.cloneNode(true) as Document;
  parseUnrenderedNoscripts(clone);
  // Clips are found before Readability, which would drop most players, and before hidden
  // elements go, since a dead player shell is both.
  const media = findMedia(clone, { pageUrl, baseUrl: doc.baseURI, pageLang: pageLanguage(doc) });
  const anchors = insertMediaPlaceholders(clone, media);
  removeHiddenKeepingClips(clone);
  const prepare = lap();

  // Class names stay for the second pass, which reads them; the sanitizer drops every one.
  const parsed = new Readability(clone, { keepClasses: true }).parse();
  const readability = lap();
  if (!parsed?.content) return undefined;

  // The copy is inert (no scripts, no loads), so the body is parsed into it to be worked on.
  const body = clone.createElement('div');
  body.innerHTML = parsed.content;
  const leftOut = leaveOutLeftovers(body, { url: pageUrl, baseUrl: doc.baseURI, title: parsed.title ?? doc.title, byline: parsed.byline ?? undefined, publishedTime: parsed.publishedTime ?? undefined, siteName: parsed.siteName ?? undefined, lang: parsed.lang ?? undefined }, LEFTOVER_RULES);
  const secondPass = lap();
  return { parsed, body, readabilityHtml: parsed.content, leftOut, media, anchors, timings: { prepare, readability, secondPass } };
}

function safeHtml(html: string, doc: Document, anchors: ParsedArticle['anchors']): string {
  const content = sanitizeArticleHtml(html, doc);
  restoreDroppedPlaceholders(content, anchors);
  const holder = doc.createElement('div');
  holder.append(content);
  return holder.innerHTML;
}

/** Hidden notices are the page's broken parts, not article text; a clip inside one stays. */
function removeHiddenKeepingClips(doc: Document): void {
  for (const hidden of Array.from(doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`))) {
    hidden.replaceWith(...Array.from(hidden.querySelectorAll(`[${MEDIA_SLOT_ATTRIBUTE}]`)));
  }
}

function pageLanguage(doc: Document): string | undefined {
  return doc.documentElement.getAttribute('lang')?.trim() || undefined;
}
