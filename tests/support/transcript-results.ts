/** Assertions on what the transcript service returns, shared by its integration tests. */
import { expect } from 'vitest';
import type { TranscriptFailureReason, TranscriptResult } from '../../core/transcripts/types';

/** The transcript of a result that must have one; a failure's reason and detail otherwise fail the test. */
export function expectSuccess(result: TranscriptResult) {
  if (!result.ok) throw new Error(`Expected a transcript, got ${result.reason}: ${result.detail}`);
  return result.transcript;
}

/** A failure for `reason`, with a detail in words. */
export function expectFailure(result: TranscriptResult, reason: TranscriptFailureReason): void {
  expect(result.ok ? { ok: true } : { ok: false, reason: result.reason }).toEqual({ ok: false, reason });
  if (!result.ok) expect(result.detail).toEqual(expect.any(String));
}
