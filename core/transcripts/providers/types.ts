import type { MediaRef, MediaSource } from '../../media/types';
import type { Failure } from '../../result';
import type { CaptionFormat, Transcript } from '../types';

/** A captions file to fetch, in the order a provider prefers them. */
export type CaptionSource = { url: string; format: CaptionFormat; lang?: string; label?: string };

export type ResolveContext = {
  /** The languages the user reads, most preferred first (the browser's list). */
  preferredLanguages: readonly string[];
};

/**
 * Caption files to try in order, and words the page already carries (a JSON-LD transcript) to
 * show when no file can be had.
 */
export type ResolveResult = { ok: true; sources: CaptionSource[]; fallback?: Transcript } | Failure<'none' | 'unsupported'>;

/** Turns one kind of MediaRef into caption files to fetch. One provider per file. */
export type TranscriptProvider<S extends MediaSource = MediaSource> = {
  id: S;
  resolve(media: Extract<MediaRef, { source: S }>, context: ResolveContext): Promise<ResolveResult>;
};
