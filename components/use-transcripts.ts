import { useCallback, useEffect, useState } from 'preact/hooks';
import type { MediaRef } from '../core/media/types';
import type { LegibleClient } from './legible-client';
import type { TranscriptState } from './transcript-state';

/** Asks the background for each clip's transcript once, and again on retry. */
export function useTranscripts(media: MediaRef[], client: LegibleClient, enabled: boolean) {
  const initial = (): Record<string, TranscriptState> =>
    Object.fromEntries(media.map((m) => [m.id, enabled ? { status: 'loading' } : { status: 'off' }]));
  const [byId, setById] = useState(initial);

  const load = useCallback(
    (clip: MediaRef) => {
      setById((prev) => ({ ...prev, [clip.id]: { status: 'loading' } }));
      client
        .getTranscript(clip)
        // A client that throws (its port closed) failed as a network would: the card offers to try again.
        .catch((error: unknown) => ({ ok: false as const, reason: 'network' as const, detail: String(error) }))
        .then((result) => setById((prev) => ({ ...prev, [clip.id]: { status: 'done', result } })));
    },
    [client],
  );

  useEffect(() => {
    setById(initial());
    if (enabled) media.forEach(load);
  }, [media, enabled, load]);

  const retry = (id: string) => {
    const clip = media.find((m) => m.id === id);
    if (clip) load(clip);
  };
  // A clip the state has not caught up with yet (the article just changed) is loading.
  const stateOf = (id: string): TranscriptState => byId[id] ?? { status: 'loading' };
  return { byId, stateOf, retry };
}
