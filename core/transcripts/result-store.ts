import type { TranscriptResult } from './types';

/**
 * Where the service keeps results beyond its own memory, so reopening the reader after the
 * background worker slept costs no network (storage.session in the extension). Keys are the
 * service's own; values are results as JSON.
 */
export type ResultStore = {
  get(key: string): Promise<TranscriptResult | undefined>;
  set(key: string, result: TranscriptResult): Promise<void>;
};

/** How long a stored result counts: long enough for a reading session, short enough for fixed captions to show. */
export const RESULT_TTL_MS = 6 * 60 * 60 * 1000;

type StoredResult = { savedAt: number; result: TranscriptResult };

/** A store over any key-value area with get/set of plain objects (storage.session, or a Map in tests). */
export function createResultStore(
  area: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    remove(key: string): Promise<void>;
  },
  now: () => number = Date.now,
): ResultStore {
  return {
    async get(key) {
      const stored = (await area.get(key))[key] as StoredResult | undefined;
      if (!stored || typeof stored.savedAt !== 'number' || typeof stored.result !== 'object' || stored.result === null) return undefined;
      if (now() - stored.savedAt > RESULT_TTL_MS) {
        await area.remove(key);
        return undefined;
      }
      return stored.result;
    },
    async set(key, result) {
      await area.set({ [key]: { savedAt: now(), result } satisfies StoredResult });
    },
  };
}
