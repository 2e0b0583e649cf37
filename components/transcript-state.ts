import type { TranscriptFailureReason, TranscriptResult } from '../core/transcripts/types';
import type { MessageKey } from './i18n';

/** Where one clip's transcript stands in the reader. */
export type TranscriptState = { status: 'loading' } | { status: 'off' } | { status: 'done'; result: TranscriptResult };

export function failureMessageKey(reason: TranscriptFailureReason): MessageKey {
  return `transcriptFailed_${reason.replace('-', '_')}` as MessageKey;
}
