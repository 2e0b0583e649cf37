import { describe, expect, it } from 'vitest';
import { createResultStore, RESULT_TTL_MS } from '../../../../core/transcripts/result-store';
import type { TranscriptResult } from '../../../../core/transcripts/types';
import { memoryStorageArea } from '../../../support/memory-storage-area';

const RESULT: TranscriptResult = {
  ok: true,
  transcript: { cues: [{ start: 1, end: 2, text: 'Hej.' }], lang: 'sv', sourceUrl: 'https://example.org/a.vtt' },
};

describe('createResultStore', () => {
  it('gives back what it kept, within the time a result counts', async () => {
    let now = 1_000;
    const store = createResultStore(memoryStorageArea(), () => now);
    await store.set('transcript:a', RESULT);
    now += RESULT_TTL_MS - 1;
    expect(await store.get('transcript:a')).toEqual(RESULT);
  });

  it('forgets a result once it is too old, and removes it from the area', async () => {
    let now = 1_000;
    const area = memoryStorageArea();
    const store = createResultStore(area, () => now);
    await store.set('transcript:a', RESULT);
    now += RESULT_TTL_MS + 1;
    expect(await store.get('transcript:a')).toBeUndefined();
    expect(area.items.has('transcript:a')).toBe(false);
  });

  it('reads a missing or damaged entry as nothing kept', async () => {
    const area = memoryStorageArea();
    area.items.set('transcript:b', { savedAt: 'yesterday', result: RESULT });
    area.items.set('transcript:c', 'not an entry');
    const store = createResultStore(area);
    expect(await store.get('transcript:a')).toBeUndefined();
    expect(await store.get('transcript:b')).toBeUndefined();
    expect(await store.get('transcript:c')).toBeUndefined();
  });
});
