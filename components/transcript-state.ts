import type { MediaRef } from '../core/media/types';
import type { TranscriptFailureReason, TranscriptResult } from '../core/transcripts/types';
import type { MessageKey, Translate } from './i18n';

/** Where one clip's transcript stands in the reader. */
export type TranscriptState = { status: 'loading' } | { status: 'off' } | { status: 'done'; result: TranscriptResult };

export function failureMessageKey(reason: TranscriptFailureReason): MessageKey {
  return `transcriptFailed_${reason.replace('-', '_')}` as MessageKey;
}

/**
 * What the live region says once no transcript is loading: how many clips have their words, then
 * each clip that has none and why (withheld, geo-blocked, failed…), so a screen reader user need
 * not visit every card. Undefined while any is loading.
 */
export function transcriptsAnnouncement(
  media: readonly MediaRef[],
  states: Readonly<Record<string, TranscriptState>>,
  t: Translate,
): string | undefined {
  const done = media.map((clip) => ({ clip, state: states[clip.id] }));
  if (done.some(({ state }) => !state || state.status !== 'done')) return undefined;
  const shown = done.filter(({ state }) => state?.status === 'done' && state.result.ok).length;
  const why = done.flatMap(({ clip, state }) =>
    state?.status === 'done' && !state.result.ok
      ? [t('announceClipFailed', clip.title ?? t('mediaUntitled'), t(failureMessageKey(state.result.reason)))]
      : [],
  );
  return [t('announceTranscripts', shown, media.length), ...why].join(' ');
}
