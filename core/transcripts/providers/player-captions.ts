import type { MediaRef } from '../../media/types';
import type { GuardedFetchResult } from '../../net/guarded-fetch';
import { fail, type Failure } from '../../result';
import type { TranscriptFailureReason } from '../types';
import type { ResolveContext, ResolveResult } from './types';

/** A web player's clip, once its id is known. */
export type PlayerMedia = Extract<MediaRef, { source: 'player' }> & { videoId: string };

/** One player family's captions service: from the clip's id to its caption files. One family per file. */
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
