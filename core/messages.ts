import { MAX_NOTICE_CHARS, MAX_NOTICE_LINES, MAX_NOTICE_LINKS, type NoticeLine } from './declutter/notice-lines';
import { ARTICLE_REASONS, type ArticleReason } from './detect/article-reasons';
import { PLAYER_FAMILIES } from './media/player-shells';
import type { MediaRef } from './media/types';
import type { Settings } from './settings/settings';
import type { TranscriptResult } from './transcripts/types';
import { isRecord } from './is-record';

/**
 * The typed protocol between the extension's contexts. Names say who talks: a tab (sentinel or
 * reader) to the background, or the background to a tab.
 */
export type TabToBackground =
  | { type: 'legible/page-state'; isArticle: boolean; reason: ArticleReason; hiddenCount: number; salvagedCount: number }
  | { type: 'legible/inject-reader' }
  /** What the user chose for clean-up, everywhere and on the sending page's site. */
  | { type: 'legible/page-settings' }
  /** Lines of the page that may be notices, for the background to read against its phrase table. */
  | { type: 'legible/judge-notices'; pageLang: string; lines: NoticeLine[] }
  | { type: 'legible/get-transcript'; media: MediaRef };

export type BackgroundToTab =
  | { type: 'legible/toggle-reader' }
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
  'legible/judge-notices': { blocks: number[] };
  'legible/get-transcript': TranscriptResult;
};

/** The settings that steer the sentinel on one page: the clean-up ones, and the page's site's switch. */
export type PageSettings = { declutter: Settings['declutter']; siteCleanUp: boolean };

const TAB_TO_BACKGROUND_TYPES: ReadonlySet<string> = new Set<TabToBackground['type']>([
  'legible/page-state',
  'legible/inject-reader',
  'legible/page-settings',
  'legible/judge-notices',
  'legible/get-transcript',
]);


function isOptionalString(x: unknown): boolean {
  return x === undefined || typeof x === 'string';
}

function isMediaRef(x: unknown): x is MediaRef {
  if (!isRecord(x)) return false;
  if (typeof x.id !== 'string' || typeof x.pageUrl !== 'string') return false;
  if (x.mediaType !== 'video' && x.mediaType !== 'audio') return false;
  if (!isOptionalString(x.title) || !isOptionalString(x.pageLang) || !isOptionalString(x.poster) || !isOptionalString(x.transcriptPageUrl)) return false;
  if (x.durationSeconds !== undefined && !(typeof x.durationSeconds === 'number' && Number.isFinite(x.durationSeconds) && x.durationSeconds >= 0)) return false;
  if (!Array.isArray(x.tracks)) return false;
  if (x.source === 'json-ld') {
    if (!isOptionalString(x.transcriptText)) return false;
  } else if (x.source === 'player') {
    if (typeof x.family !== 'string' || !PLAYER_FAMILIES.has(x.family) || !isOptionalString(x.videoId) || !isOptionalString(x.embedUrl)) return false;
  } else if (x.source === 'html5') {
    if (!isOptionalString(x.feedUrl) || !isOptionalString(x.mediaUrl)) return false;
  } else return false;
  return x.tracks.every(
    (t) =>
      isRecord(t) &&
      typeof t.url === 'string' &&
      (t.kind === 'captions' || t.kind === 'subtitles') &&
      isOptionalString(t.lang) &&
      isOptionalString(t.label) &&
      typeof t.isDefault === 'boolean' &&
      isOptionalString(t.type),
  );
}

function isNoticeLine(x: unknown): x is NoticeLine {
  return (
    isRecord(x) &&
    typeof x.forNoScript === 'boolean' &&
    Array.isArray(x.links) &&
    x.links.length <= MAX_NOTICE_LINKS &&
    x.links.every((link) => isRecord(link) && typeof link.text === 'string' && link.text.length <= MAX_NOTICE_CHARS && typeof link.inline === 'boolean' && typeof link.heading === 'boolean')
  );
}

/** Checks a message's shape before any handler sees it. */
export function isTabToBackground(x: unknown): x is TabToBackground {
  if (!isRecord(x) || typeof x.type !== 'string' || !TAB_TO_BACKGROUND_TYPES.has(x.type)) return false;
  switch (x.type as TabToBackground['type']) {
    case 'legible/page-state':
      return (
        typeof x.isArticle === 'boolean' &&
        ARTICLE_REASONS.has(x.reason as ArticleReason) &&
        Number.isInteger(x.hiddenCount) &&
        Number.isInteger(x.salvagedCount)
      );
    case 'legible/inject-reader':
    case 'legible/page-settings':
      return true;
    case 'legible/judge-notices':
      return typeof x.pageLang === 'string' && x.pageLang.length <= 35 && Array.isArray(x.lines) && x.lines.length <= MAX_NOTICE_LINES && x.lines.every(isNoticeLine);
    case 'legible/get-transcript':
      return isMediaRef(x.media);
  }
}

const BACKGROUND_TO_TAB_TYPES: ReadonlySet<string> = new Set<BackgroundToTab['type']>(['legible/toggle-reader', 'legible/show-hidden', 'legible/clean-up']);

export function isBackgroundToTab(x: unknown): x is BackgroundToTab {
  return isRecord(x) && typeof x.type === 'string' && BACKGROUND_TO_TAB_TYPES.has(x.type);
}
