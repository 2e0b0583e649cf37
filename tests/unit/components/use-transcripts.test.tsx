import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LegibleClient } from '../../../components/legible-client';
import type { TranscriptState } from '../../../components/transcript-state';
import { useTranscripts } from '../../../components/use-transcripts';
import type { MediaRef } from '../../../core/media/types';
import type { TranscriptResult } from '../../../core/transcripts/types';
import { CRANE, FERRY, fakeClient, noCaptions, transcriptOf } from './reader-view-fixtures';
import { renderWithI18n, settle, type Rendered } from './render-with-i18n';

let transcripts!: ReturnType<typeof useTranscripts>;

/** Each clip's state as a line of text: "media-1: done: Ten o’clock." */
function Clips({ media, client, enabled }: { media: MediaRef[]; client: LegibleClient; enabled: boolean }) {
  transcripts = useTranscripts(media, client, enabled);
  return (
    <ul>
      {media.map((clip) => (
        <li key={clip.id}>{`${clip.id}: ${summary(transcripts.stateOf(clip.id))}`}</li>
      ))}
    </ul>
  );
}

function summary(state: TranscriptState): string {
  if (state.status !== 'done') return state.status;
  return state.result.ok ? `done: ${state.result.transcript.cues.map((cue) => cue.text).join(' ')}` : `failed, ${state.result.reason}`;
}

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

function setUp(client: LegibleClient, enabled = true, media = [FERRY, CRANE]) {
  rendered = renderWithI18n(<Clips media={media} client={client} enabled={enabled} />);
  return () => Array.from(rendered!.container.querySelectorAll('li'), (li) => li.textContent);
}

describe('useTranscripts', () => {
  it("asks once for each clip's transcript, each loading until its answer comes", async () => {
    const client = fakeClient({ [FERRY.id]: transcriptOf('Ten o’clock.', 'The last ferry.'), [CRANE.id]: noCaptions });
    const lines = setUp(client);
    expect(lines()).toEqual(['media-1: loading', 'media-2: loading']);
    await settle();
    expect(lines()).toEqual(['media-1: done: Ten o’clock. The last ferry.', 'media-2: failed, none']);
    expect(client.getTranscript.mock.calls).toEqual([[FERRY], [CRANE]]);
  });

  it('asks for nothing while transcripts are turned off', async () => {
    const client = fakeClient({ [FERRY.id]: noCaptions, [CRANE.id]: noCaptions });
    const lines = setUp(client, false);
    await settle();
    expect(lines()).toEqual(['media-1: off', 'media-2: off']);
    expect(client.getTranscript).not.toHaveBeenCalled();
  });

  it('counts a client that throws as a network failure', async () => {
    const lines = setUp({ getTranscript: () => Promise.reject(new Error('port closed')) }, true, [FERRY]);
    await settle();
    expect(lines()).toEqual(['media-1: failed, network']);
  });

  it('asks again for the one clip retried, loading until the new answer comes', async () => {
    let answer!: (result: TranscriptResult) => void;
    const getTranscript = vi
      .fn<(media: MediaRef) => Promise<TranscriptResult>>()
      .mockResolvedValueOnce({ ok: false, reason: 'timeout', detail: 'slow' })
      .mockResolvedValueOnce(noCaptions)
      .mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const lines = setUp({ getTranscript });
    await settle();
    expect(lines()).toEqual(['media-1: failed, timeout', 'media-2: failed, none']);

    act(() => transcripts.retry(FERRY.id));
    expect(lines()).toEqual(['media-1: loading', 'media-2: failed, none']);
    answer(transcriptOf('Second time lucky.'));
    await settle();
    expect(lines()).toEqual(['media-1: done: Second time lucky.', 'media-2: failed, none']);
    expect(getTranscript).toHaveBeenCalledTimes(3);
    expect(getTranscript).toHaveBeenLastCalledWith(FERRY);
  });

  it('takes a clip it has no state for as loading, and retries no clip it does not know', async () => {
    const client = fakeClient({ [FERRY.id]: noCaptions });
    setUp(client, true, [FERRY]);
    await settle();
    expect(transcripts.stateOf('media-9')).toEqual({ status: 'loading' });
    act(() => transcripts.retry('media-9'));
    expect(client.getTranscript).toHaveBeenCalledTimes(1);
  });
});
