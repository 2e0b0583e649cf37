import type { MediaRef } from './media/types';
import type { TranscriptResult } from './transcripts/types';

/**
 * The typed protocol between the extension's contexts. Names say who talks: a tab (sentinel or
 * reader) to the background, or the background to a tab.
 */
export type TabToBackground =
  | { type: 'legible/page-state'; isArticle: boolean; hiddenCount: number }
  | { type: 'legible/inject-reader' }
  | { type: 'legible/get-transcript'; media: MediaRef };

export type BackgroundToTab = { type: 'legible/toggle-reader' };

/** What the background answers to each TabToBackground message. */
export type TabToBackgroundReply = {
  'legible/page-state': void;
  'legible/inject-reader': { ok: boolean };
  'legible/get-transcript': TranscriptResult;
};

const TAB_TO_BACKGROUND_TYPES: ReadonlySet<string> = new Set<TabToBackground['type']>([
  'legible/page-state',
  'legible/inject-reader',
  'legible/get-transcript',
]);

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isOptionalString(x: unknown): boolean {
  return x === undefined || typeof x === 'string';
}

function isMediaRef(x: unknown): x is MediaRef {
  if (!isRecord(x)) return false;
  if (typeof x.id !== 'string' || typeof x.pageUrl !== 'string') return false;
  if (x.mediaType !== 'video' && x.mediaType !== 'audio') return false;
  if (!isOptionalString(x.title) || !isOptionalString(x.pageLang) || !isOptionalString(x.poster)) return false;
  if (!Array.isArray(x.tracks)) return false;
  if (x.source === 'json-ld') {
    if (!isOptionalString(x.transcriptText)) return false;
  } else if (x.source !== 'html5') return false;
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

/** Checks a message's shape before any handler sees it. */
export function isTabToBackground(x: unknown): x is TabToBackground {
  if (!isRecord(x) || typeof x.type !== 'string' || !TAB_TO_BACKGROUND_TYPES.has(x.type)) return false;
  switch (x.type as TabToBackground['type']) {
    case 'legible/page-state':
      return typeof x.isArticle === 'boolean' && Number.isInteger(x.hiddenCount);
    case 'legible/inject-reader':
      return true;
    case 'legible/get-transcript':
      return isMediaRef(x.media);
  }
}

export function isBackgroundToTab(x: unknown): x is BackgroundToTab {
  return isRecord(x) && x.type === 'legible/toggle-reader';
}
