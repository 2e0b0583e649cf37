import { MAX_NOTICE_CHARS, MAX_NOTICE_LINES, MAX_NOTICE_LAYERS, type NoticeLine } from './cleanup/notice-lines';
import { ARTICLE_REASONS, type ArticleReason } from './detect/article-reasons';
import { PLAYER_FAMILY_NAMES } from './players';
import type { MediaRef } from './media/types';
import type { Settings } from './settings/settings';
import type { TranscriptResult } from './transcripts/types';
import { isRecord } from './is-record';
import { isWebAddress } from './web-address';

/**
 * The typed protocol between the extension's contexts. Names say who talks: a tab (sentinel or
 * reader) to the background, or the background to a tab.
 */
export type TabToBackground =
  | { type: 'legible/page-state'; isArticle: boolean; reason: ArticleReason; hiddenCount: number; salvagedCount: number }
  /** `fromKeyboard`: the user opened the reader with its shortcut, so its focus ring shows. */
  | { type: 'legible/inject-reader'; fromKeyboard?: boolean }
  /** What the user chose for clean-up, everywhere and on the sending page's site. */
  | { type: 'legible/page-settings' }
  /** Lines of the page that may be notices, for the background to read against its phrase table. */
  | { type: 'legible/judge-notices'; pageLang: string; lines: NoticeLine[] }
  | { type: 'legible/get-transcript'; media: MediaRef };

export type BackgroundToTab =
  | { type: 'legible/toggle-reader'; fromKeyboard?: boolean }
  /** Undo the clean-up on this page: show what was hidden, put images back. */
  | { type: 'legible/show-hidden' }
  /** Clean the page up again (the user turned clean-up back on for its site). */
  | { type: 'legible/clean-up' };

/** What the background answers to each TabToBackground message. */
export type TabToBackgroundReply = {
  'legible/page-state': void;
  'legible/inject-reader': { ok: boolean };
  'legible/page-settings': PageSettings;
  /** For each line, the index of its link to hide, or -1. */
  'legible/judge-notices': { noticeLayers: number[] };
  'legible/get-transcript': TranscriptResult;
};

/** The settings that steer the sentinel on one page: the clean-up ones, and the page's site's switch. */
export type PageSettings = { cleanup: Settings['cleanup']; siteCleanUp: boolean };

const TAB_TO_BACKGROUND_TYPES: ReadonlySet<string> = new Set<TabToBackground['type']>([
  'legible/page-state',
  'legible/inject-reader',
  'legible/page-settings',
  'legible/judge-notices',
  'legible/get-transcript',
]);

/**
 * Limits on what a message carries: far above any real page's (a clip's address, its title, an
 * hour's transcript in its JSON-LD), so a message past them is not from Legible's own scripts.
 */
const MAX_URL_CHARS = 8192;
const MAX_TEXT_CHARS = 2000;
const MAX_TRANSCRIPT_CHARS = 2_000_000;
const MAX_TRACKS = 100;
const MAX_COUNT = 1_000_000;

const MEDIA_KEYS = [
  'id',
  'source',
  'mediaType',
  'title',
  'pageUrl',
  'pageLang',
  'poster',
  'durationSeconds',
  'transcriptPageUrl',
  'tracks',
];
// Plain literals, joined where they are read: a spread at the top level would stay in the
// sentinel's bundle, which imports this module but never reads a clip.
const MEDIA_KEYS_OF_SOURCE: Record<MediaRef['source'], readonly string[]> = {
  html5: ['mediaUrl', 'feedUrl'],
  'json-ld': ['transcriptText'],
  player: ['family', 'videoId', 'embedUrl'],
};
const TRACK_KEYS = ['url', 'kind', 'lang', 'label', 'isDefault', 'type'];

/** Whether `x` has no keys but `allowed`: a field Legible never sends means the message is not Legible's. */
function hasOnlyKeys(x: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(x).every((key) => allowed.includes(key));
}

function isString(x: unknown, maxChars = MAX_TEXT_CHARS): x is string {
  return typeof x === 'string' && x.length <= maxChars;
}

function isOptionalString(x: unknown, maxChars = MAX_TEXT_CHARS): boolean {
  return x === undefined || isString(x, maxChars);
}

function isCount(x: unknown): boolean {
  return Number.isInteger(x) && (x as number) >= 0 && (x as number) <= MAX_COUNT;
}

function isPageCaptionFile(t: unknown): boolean {
  return (
    isRecord(t) &&
    hasOnlyKeys(t, TRACK_KEYS) &&
    isString(t.url, MAX_URL_CHARS) &&
    (t.kind === 'captions' || t.kind === 'subtitles') &&
    isOptionalString(t.lang) &&
    isOptionalString(t.label) &&
    typeof t.isDefault === 'boolean' &&
    isOptionalString(t.type)
  );
}

function isMediaRef(x: unknown): x is MediaRef {
  if (!isRecord(x) || typeof x.source !== 'string' || !Object.hasOwn(MEDIA_KEYS_OF_SOURCE, x.source)) return false;
  if (!hasOnlyKeys(x, [...MEDIA_KEYS, ...MEDIA_KEYS_OF_SOURCE[x.source as MediaRef['source']]])) return false;
  // The page the clip is on is where the fetch guard starts from: a web page, as the sentinel only runs on those.
  if (!isString(x.id) || !isString(x.pageUrl, MAX_URL_CHARS) || !isWebAddress(x.pageUrl)) return false;
  if (x.mediaType !== 'video' && x.mediaType !== 'audio') return false;
  if (
    !isOptionalString(x.title) ||
    !isOptionalString(x.pageLang) ||
    !isOptionalString(x.poster, MAX_URL_CHARS) ||
    !isOptionalString(x.transcriptPageUrl, MAX_URL_CHARS)
  )
    return false;
  if (
    x.durationSeconds !== undefined &&
    !(typeof x.durationSeconds === 'number' && Number.isFinite(x.durationSeconds) && x.durationSeconds >= 0)
  )
    return false;
  if (!Array.isArray(x.tracks) || x.tracks.length > MAX_TRACKS || !x.tracks.every(isPageCaptionFile)) return false;
  if (x.source === 'json-ld') return isOptionalString(x.transcriptText, MAX_TRANSCRIPT_CHARS);
  if (x.source === 'player')
    return (
      isString(x.family) && PLAYER_FAMILY_NAMES.has(x.family) && isOptionalString(x.videoId) && isOptionalString(x.embedUrl, MAX_URL_CHARS)
    );
  return isOptionalString(x.feedUrl, MAX_URL_CHARS) && isOptionalString(x.mediaUrl, MAX_URL_CHARS);
}

function isNoticeLine(x: unknown): x is NoticeLine {
  return (
    isRecord(x) &&
    hasOnlyKeys(x, ['forNoScript', 'layers']) &&
    typeof x.forNoScript === 'boolean' &&
    Array.isArray(x.layers) &&
    x.layers.length <= MAX_NOTICE_LAYERS &&
    x.layers.every(
      (layer) =>
        isRecord(layer) &&
        hasOnlyKeys(layer, ['text', 'inline', 'heading']) &&
        isString(layer.text, MAX_NOTICE_CHARS) &&
        typeof layer.inline === 'boolean' &&
        typeof layer.heading === 'boolean',
    )
  );
}

/** Checks a message's shape before any handler sees it. */
export function isTabToBackground(x: unknown): x is TabToBackground {
  if (!isRecord(x) || typeof x.type !== 'string' || !TAB_TO_BACKGROUND_TYPES.has(x.type)) return false;
  switch (x.type as TabToBackground['type']) {
    case 'legible/page-state':
      return (
        hasOnlyKeys(x, ['type', 'isArticle', 'reason', 'hiddenCount', 'salvagedCount']) &&
        typeof x.isArticle === 'boolean' &&
        ARTICLE_REASONS.has(x.reason as ArticleReason) &&
        isCount(x.hiddenCount) &&
        isCount(x.salvagedCount)
      );
    case 'legible/inject-reader':
      return hasOnlyKeys(x, ['type', 'fromKeyboard']) && (x.fromKeyboard === undefined || typeof x.fromKeyboard === 'boolean');
    case 'legible/page-settings':
      return hasOnlyKeys(x, ['type']);
    case 'legible/judge-notices':
      return (
        hasOnlyKeys(x, ['type', 'pageLang', 'lines']) &&
        isString(x.pageLang, 35) &&
        Array.isArray(x.lines) &&
        x.lines.length <= MAX_NOTICE_LINES &&
        x.lines.every(isNoticeLine)
      );
    case 'legible/get-transcript':
      return hasOnlyKeys(x, ['type', 'media']) && isMediaRef(x.media);
  }
}

const BACKGROUND_TO_TAB_TYPES: ReadonlySet<string> = new Set<BackgroundToTab['type']>([
  'legible/toggle-reader',
  'legible/show-hidden',
  'legible/clean-up',
]);

export function isBackgroundToTab(x: unknown): x is BackgroundToTab {
  if (!isRecord(x) || typeof x.type !== 'string' || !BACKGROUND_TO_TAB_TYPES.has(x.type)) return false;
  const fields = Object.keys(x).filter((key) => key !== 'type');
  return (
    fields.length === 0 || (x.type === 'legible/toggle-reader' && fields.join() === 'fromKeyboard' && typeof x.fromKeyboard === 'boolean')
  );
}
