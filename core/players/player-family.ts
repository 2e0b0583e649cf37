import type { MediaRef } from '../media/types';
import type { GuardedFetchResult } from '../net/guarded-fetch';
import { fail, type Failure } from '../result';
import type { ResolveContext, ResolveResult } from '../transcripts/providers/types';
import type { TranscriptFailureReason } from '../transcripts/types';

/**
 * What Legible knows of one web player family (YouTube, Vimeo…): how its clips show in a page,
 * and where they play on the family's own site. One family per file in this folder, registered
 * in index.ts; its captions service is the same file's `captions` export.
 */
export type PlayerFamily = {
  /** How clips and messages name the family. */
  readonly name: string;
  /** The container a page holds for the player, dead without its script; absent for players met only in frames. */
  readonly markup?: {
    readonly selector: string;
    /** Where the container keeps the clip's id, most telling first. */
    readonly idAttributes: readonly string[];
    /** The player's own address, from the container's attributes, where its captions service needs one. */
    playerUrl?(container: Element, clipId: string | undefined): string | undefined;
  };
  /** The player in a frame (or named by preview tags, or a VideoObject's `embedUrl`): its host, and where the clip's id sits. */
  readonly embed?: { readonly host: RegExp; clipId(url: URL): string | null | undefined };
  /** The clip's own page on the family's site, which articles link to; `linkHint` picks candidate links before any is parsed. */
  readonly clipPages?: readonly { readonly host: RegExp; readonly linkHint: string; clipId(url: URL): string | null | undefined }[];
  /** Where the clip plays on the family's own site. */
  watchPage?(clipId: string): string;
  /** How the family's links say "start here": the seconds go into the clip's link. */
  setMoment?(link: URL, seconds: number): void;
};

/** A web player's clip, once its id is known. */
export type PlayerMedia = Extract<MediaRef, { source: 'player' }> & { videoId: string };

/** One family's captions service: from the clip's id to its caption files. */
export type PlayerCaptions = (media: PlayerMedia, context: ResolveContext) => Promise<ResolveResult>;

/**
 * Why a player's metadata could not be had, in the reader's words: a clip the service no longer
 * knows has no captions to give, and a refusal is the site withholding them.
 */
export function metadataFailure(answer: Extract<GuardedFetchResult, { ok: false }>, player: string): Failure<TranscriptFailureReason> {
  if (answer.reason === 'not-found') return fail('none', `${player} no longer knows this clip: ${answer.detail}`);
  if (answer.reason === 'unsupported') return fail('malformed', `${player} answered with something unexpected: ${answer.detail}`);
  return fail(answer.reason, answer.detail);
}
