import { Readability } from '@mozilla/readability';
import { HIDDEN_ATTRIBUTE } from '../declutter/hidden-attribute';
import { findMedia } from '../media/find-media';
import { fail, type Failure } from '../result';
import { insertMediaPlaceholders, restoreDroppedPlaceholders } from './media-placeholders';
import { parseUnrenderedNoscripts } from './unrendered-noscript';
import { MEDIA_SLOT_ATTRIBUTE, type ReaderDocument } from './reader-document';
import { sanitizeArticleHtml } from './sanitize';

/** A silent reader's pace, words per minute, for the reading-time estimate. */
const WORDS_PER_MINUTE = 230;

export type ExtractResult = { ok: true; article: ReaderDocument } | Failure<'not-article'>;

/** Turns the live page into a ReaderDocument without touching the page itself. */
export function extractArticle(doc: Document): ExtractResult {
  const pageUrl = doc.location?.href ?? doc.URL;
  const clone = doc.cloneNode(true) as Document;
  parseUnrenderedNoscripts(clone);
  // Clips are found before Readability, which would drop most players, and before hidden
  // elements go, since a dead player shell is both.
  const media = findMedia(clone, { pageUrl, baseUrl: doc.baseURI, pageLang: pageLanguage(doc) });
  const anchors = insertMediaPlaceholders(clone, media);
  removeHiddenKeepingClips(clone);
  // Class names are left for the sanitizer, which drops every one of them anyway.
  const parsed = new Readability(clone, { keepClasses: true }).parse();
  if (!parsed?.content) return fail('not-article', 'Legible could not find an article on this page.');

  const content = sanitizeArticleHtml(parsed.content, doc);
  restoreDroppedPlaceholders(content, anchors);
  const holder = doc.createElement('div');
  holder.append(content);
  const words = (parsed.textContent ?? '').split(/\s+/).filter(Boolean).length;
  const dir = parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : undefined;
  return {
    ok: true,
    article: {
      title: parsed.title?.trim() || doc.title || pageUrl,
      byline: parsed.byline?.trim() || undefined,
      siteName: parsed.siteName?.trim() || undefined,
      publishedTime: parsed.publishedTime?.trim() || undefined,
      lang: parsed.lang?.trim() || pageLanguage(doc),
      dir,
      contentHtml: holder.innerHTML,
      readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
      media: media.map((m) => m.ref),
      url: pageUrl,
    },
  };
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
