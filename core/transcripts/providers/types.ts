import type { CaptionFile, MediaRef, MediaRefSource } from '../../media/types';
import type { GuardedFetchOptions, GuardedFetchResult } from '../../net/guarded-fetch';
import type { Failure } from '../../result';
import type { CaptionFormat, Transcript, TranscriptFailureReason, TranscriptCaveat } from '../types';

/** A captions file a provider resolved a clip to, with the format to read it by; providers list them best first. */
export type ResolvedCaptionFile = CaptionFile & {
  format: CaptionFormat;
  /** A track speech recognition wrote, or forced subtitles: chosen last, and said so in the reader. */
  caveat?: TranscriptCaveat;
  /** What an empty file from this source means, where not "no captions": YouTube sends one to clients it withholds them from. */
  whenEmpty?: { reason: TranscriptFailureReason; detail: string };
  /** What a refusal (401, 403) from this source means, where not "withheld": SVT refuses outside Sweden. */
  whenRefused?: { reason: TranscriptFailureReason; detail: string };
};

/** GETs a provider's metadata (a player page, a media API) under the fetch guard and the service's limits. */
export type FetchText = (url: string, acceptTypes: readonly string[], extra?: FetchExtra) => Promise<GuardedFetchResult>;

/**
 * What a provider may add to a request: an Accept header, an error body to read, how far it may
 * reach (the article's own site only, for a page read as text), and the page that embeds the
 * player, whose origin the player's own request would carry (Referer and Origin), for services
 * that refuse requests from elsewhere.
 */
export type FetchExtra = Pick<GuardedFetchOptions, 'accept' | 'keepErrorBody' | 'reach'> & { asEmbeddedIn?: string };

export type ResolveContext = {
  /** The languages the user reads, most preferred first (the browser's list). */
  preferredLanguages: readonly string[];
  fetchText: FetchText;
};

/**
 * Caption files to try in order, and words the page already carries (a JSON-LD transcript) to
 * show when no file can be had.
 */
export type ResolveResult = { ok: true; sources: ResolvedCaptionFile[]; fallback?: Transcript } | Failure<TranscriptFailureReason>;

/** Turns one kind of MediaRef into caption files to fetch. One provider per file. */
export type TranscriptProvider<S extends MediaRefSource = MediaRefSource> = {
  id: S;
  resolve(media: Extract<MediaRef, { source: S }>, context: ResolveContext): Promise<ResolveResult>;
};
