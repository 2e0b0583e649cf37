import { Readability } from '@mozilla/readability';
import { HIDDEN_ATTRIBUTE } from '../cleanup/hidden-attribute';
import { findMedia, type NumberedMedia } from '../media/find-media';
import { fail, type Failure } from '../result';
import { markedNotArticle } from './leftovers/marked-not-article';
import { namedNotArticle } from './leftovers/named-not-article';
import { LEFTOVER_RULES } from './leftovers/rules';
import { leaveOutLeftovers, type LeftOut } from './leftovers/second-pass';
import type { PageAddress } from './leftovers/blocks';
import { coverageOf, findMarkedBody } from './marked-body';
import { insertMediaPlaceholders, restoreDroppedPlaceholders } from './media-placeholders';
import { mendMarkup } from './mend-markup';
import { unwrapRenderedNoscripts } from './rendered-noscript';
import { parseUnrenderedNoscripts } from './unrendered-noscript';
import { MEDIA_SLOT_ATTRIBUTE, type ReaderDocument } from './reader-document';
import { sanitizeArticleHtml } from './sanitize';
import { findStandfirst } from './standfirst';

/** A silent reader's pace, words per minute, for the reading-time estimate. */
const WORDS_PER_MINUTE = 230;
/**
 * Where Readability's body shows less than this share of the prose the page marks as its story,
 * it picked another block (a newsletter form, an author box): the marked body is read instead.
 */
const MIN_MARKED_COVERAGE = 0.5;

export type ExtractResult = { ok: true; article: ReaderDocument; timings: ExtractTimings } | Failure<'not-article'>;

/**
 * Where an opening's time went, in milliseconds, for the bench: the page's copy made ready, the
 * marked body and lead found, Readability (twice where it missed the marked body), the second
 * pass, the sanitizer.
 */
export type ExtractTimings = { prepare: number; prePass: number; readability: number; secondPass: number; sanitize: number };

/** Readability's article, and its body after the second pass, in an inert copy of the page. */
type ReadBody = {
  parsed: NonNullable<ReturnType<Readability['parse']>>;
  body: Element;
  /** Readability's own body, before the second pass. */
  readabilityHtml: string;
  leftOut: LeftOut[];
};

/** What the parse found, before it is made safe to show. */
export type ParsedArticle = ReadBody & {
  media: NumberedMedia[];
  anchors: ReturnType<typeof insertMediaPlaceholders>;
  /** Whether the body is the one the page marks, read where Readability's missed it. */
  fromMarkedBody: boolean;
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
  // Wrappers left empty, or with a separator, count for nothing: a reader misses only words.
  const leftOutCount = leftOut.filter(({ block }) => /[\p{L}\p{N}]/u.test(block.textContent ?? '')).length;
  const sanitize = performance.now() - started;
  let withLeftovers: string | undefined;
  const withLeftoversHtml = () => (withLeftovers ??= safeHtml(readabilityHtml, doc, anchors));

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
      leftOut: leftOutCount > 0 ? { count: leftOutCount, withLeftoversHtml } : undefined,
      readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
      media: media.map((m) => m.ref),
      url: pageUrl,
    },
  };
}

/**
 * Finds the article in a copy of the page: Readability picks the body, and where it misses the
 * body the page marks as its story, that body is read instead; then the second pass leaves out
 * what is the page's, not the story's. Undefined where there is no article.
 */
export function parseArticle(doc: Document): ParsedArticle | undefined {
  const clock = lapClock();
  const page = { url: doc.location?.href ?? doc.URL, baseUrl: doc.baseURI };
  const copy = doc.cloneNode(true) as Document;
  unwrapRenderedNoscripts(copy);
  parseUnrenderedNoscripts(copy);
  // Clips are found before Readability, which would drop most players, and before hidden
  // elements go, since a dead player shell is both.
  const media = findMedia(copy, { pageUrl: page.url, baseUrl: doc.baseURI, pageLang: pageLanguage(doc) });
  const anchors = insertMediaPlaceholders(copy, media);
  removeHiddenKeepingClips(copy);
  const prepare = clock();
  const marked = findMarkedBody(copy, page);
  const standfirst = findStandfirst(copy, page, copy.title);
  // Readability takes the copy apart as it reads it: what a second reading needs is kept first.
  const markedCopy = marked && { body: marked.element.cloneNode(true) as Element };
  const prePass = clock();

  let found = readBody(copy, page, standfirst);
  let fromMarkedBody = false;
  const coverage = (read: ReadBody | undefined) => (read && marked ? coverageOf(marked, read.body.textContent ?? '') : 0);
  if (marked && markedCopy && coverage(found) < MIN_MARKED_COVERAGE) {
    // What the page marks as no part of the story (a newsletter form in the <article>) goes first,
    // or Readability may pick it again.
    leaveOutLeftovers(markedCopy.body, { ...page, title: '' }, [markedNotArticle, namedNotArticle]);
    for (const unseen of Array.from(markedCopy.body.querySelectorAll('script, style, template, noscript'))) unseen.remove();
    const reread = readBody(isolatedDocument(doc, markedCopy.body), page, standfirst);
    // Where Readability still reads past it (the story in several sibling boxes), the marked body
    // is the article as it is.
    const parsed = reread?.parsed ?? found?.parsed ?? bareArticle(doc);
    const asMarked = coverage(reread) < MIN_MARKED_COVERAGE ? passBody(parsed, markedCopy.body, page, standfirst) : undefined;
    for (const candidate of [reread, asMarked]) {
      if (candidate && coverage(candidate) > coverage(found)) {
        found = candidate;
        fromMarkedBody = true;
      }
    }
  }
  const read = clock();
  if (!found) return undefined;
  return {
    ...found,
    media,
    anchors,
    fromMarkedBody,
    timings: { prepare, prePass, readability: read - found.secondPassMs, secondPass: found.secondPassMs },
  };
}

/** Readability, then the second pass, over a copy of the page (which both take apart). */
function readBody(copy: Document, page: PageAddress, standfirst: string | undefined): (ReadBody & { secondPassMs: number }) | undefined {
  // Class names stay for the second pass, which reads them; the sanitizer drops every one.
  const parsed = new Readability(copy, { keepClasses: true }).parse();
  if (!parsed?.content) return undefined;
  // Parsed inertly (no scripts, no loads) to be worked on.
  const body = new DOMParser().parseFromString(parsed.content, 'text/html').body;
  return passBody(parsed, body, page, standfirst);
}

/**
 * The second pass over an article's body, the page's lead put back first; the body's HTML from
 * before the pass is kept for the reader's switch.
 */
function passBody(
  parsed: ReadBody['parsed'],
  body: Element,
  page: PageAddress,
  standfirst: string | undefined,
): ReadBody & { secondPassMs: number } {
  const started = performance.now();
  if (standfirst) keepStandfirst(body, standfirst);
  const readabilityHtml = body.innerHTML;
  const facts = {
    ...page,
    title: parsed.title ?? '',
    byline: parsed.byline ?? undefined,
    publishedTime: parsed.publishedTime ?? undefined,
    siteName: parsed.siteName ?? undefined,
    lang: parsed.lang ?? undefined,
  };
  const leftOut = leaveOutLeftovers(body, facts, LEFTOVER_RULES);
  return { parsed, body, readabilityHtml, leftOut, secondPassMs: performance.now() - started };
}

/** What Readability would say of a page whose body it could not find: its title and language. */
function bareArticle(doc: Document): ReadBody['parsed'] {
  return {
    title: doc.title,
    byline: null,
    dir: null,
    lang: pageLanguage(doc) ?? null,
    content: '',
    textContent: '',
    length: 0,
    excerpt: null,
    siteName: null,
    publishedTime: null,
  };
}

/** Puts the page's lead at the top of the body, where Readability left it out. */
function keepStandfirst(body: Element, standfirst: string): void {
  const shown = (body.textContent ?? '').replace(/\s+/g, ' ');
  if (shown.includes(standfirst.slice(0, 60))) return;
  const lead = body.ownerDocument.createElement('p');
  lead.textContent = standfirst;
  (body.firstElementChild?.id === 'readability-page-1' ? body.firstElementChild : body).prepend(lead);
}

/**
 * A document of the page's head (the live page's: Readability took only the copy's apart) and one
 * part of its body: what Readability reads a second time.
 */
function isolatedDocument(doc: Document, body: Node): Document {
  const isolated = doc.implementation.createHTMLDocument('');
  isolated.documentElement.replaceChild(isolated.importNode(doc.head, true), isolated.head);
  for (const name of ['lang', 'dir']) {
    const value = doc.documentElement.getAttribute(name);
    if (value) isolated.documentElement.setAttribute(name, value);
  }
  if (!isolated.head.querySelector('base[href]')) {
    // Relative links in the part resolve against the page, as they did there.
    const base = isolated.createElement('base');
    base.href = doc.baseURI;
    isolated.head.prepend(base);
  }
  isolated.body.append(isolated.importNode(body, true));
  return isolated;
}

/** Milliseconds since the last call (or since it was made). */
function lapClock(): () => number {
  let mark = performance.now();
  return () => {
    const now = performance.now();
    const ms = now - mark;
    mark = now;
    return ms;
  };
}

function safeHtml(html: string, doc: Document, anchors: ParsedArticle['anchors']): string {
  const content = sanitizeArticleHtml(html, doc);
  restoreDroppedPlaceholders(content, anchors);
  mendMarkup(content, doc.location?.href ?? doc.URL);
  // Serialized where it was parsed, in the sanitizer's inert document: adopted into the page, its
  // images would start loading and its <details> fire toggle events, and Chromium then ran
  // handlers the sanitizer had already removed (the hostile-page test caught it).
  const holder = (content.ownerDocument ?? doc).createElement('div');
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
