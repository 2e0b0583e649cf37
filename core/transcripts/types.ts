import type { Failure } from '../result';

/** One line of a transcript; times in seconds, absent for transcripts published as plain text. */
export type Cue = { start?: number; end?: number; text: string; speaker?: string };

export type Transcript = {
  cues: Cue[];
  lang?: string;
  label?: string;
  /** Where the words came from, shown to the user as a link. */
  sourceUrl: string;
  /** Words a machine wrote (speech recognition), or forced subtitles that leave out what the picture says. */
  caveat?: TranscriptCaveat;
};

/** What a reader should know of a transcript's words: a machine wrote them, or they are forced subtitles that leave out what the picture says. */
export type TranscriptCaveat = 'generated' | 'forced';

export type TranscriptFailureReason =
  'none' | 'withheld' | 'geo-blocked' | 'not-found' | 'network' | 'timeout' | 'too-large' | 'unsupported' | 'refused' | 'malformed';

/** Failures a later try could mend: not kept by the cache, and offered a retry in the reader. */
export function isRetryableReason(reason: TranscriptFailureReason): boolean {
  return reason === 'network' || reason === 'timeout';
}

export type TranscriptResult = { ok: true; transcript: Transcript } | Failure<TranscriptFailureReason>;

export type { CaptionFormat, FileFormat } from './formats';
