import type { MediaRef } from '../core/media/types';
import type { TranscriptResult } from '../core/transcripts/types';

/** How the reader reaches the background; tests pass a fake. */
export type LegibleClient = {
  getTranscript(media: MediaRef): Promise<TranscriptResult>;
};
