import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYouTubeJson3 } from '../../../../../core/transcripts/formats/youtube-json3';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../../fixtures/formats', name), 'utf8');

describe('parseYouTubeJson3', () => {
  it('reads each event’s words with its start and end, line breaks folded', async () => {
    expect(await parseYouTubeJson3(fixture('youtube-json3/ferry.sv.json3'))).toEqual({
      ok: true,
      cues: [
        { start: 1, end: 4.5, text: 'Färjan går när det ljusnar.' },
        { start: 4.5, end: 8.25, text: 'Isen lade sig tidigt, redan i november.' },
        { start: 8.25, end: 12, text: 'Kaptenen bryter en ränna varje morgon.' },
      ],
    });
  });

  it('joins speech recognition’s words, skips window and line-break events, merges a repeated line, decodes entities', async () => {
    const parsed = await parseYouTubeJson3(fixture('youtube-json3/ferry.en-asr.json3'));
    expect(parsed).toEqual({
      ok: true,
      cues: [
        { start: 0.12, end: 4.08, text: 'the ferry leaves at dawn' },
        { start: 2.08, end: 6.68, text: 'the ice came early' },
        { start: 7, end: 8.5, text: '[Music]' },
        { start: 8.6, end: 10.6, text: "Tom & Jerry's boat ☺" },
      ],
    });
  });

  it.each([
    ['text that is not JSON', 'WEBVTT\n\n00:00.000 --> 00:01.000\nhi'],
    ['JSON without events', '{"wireMagic":"pb3"}'],
    ['JSON null', 'null'],
  ])('refuses %s', async (_name, text) => {
    expect(await parseYouTubeJson3(text)).toMatchObject({ ok: false, detail: expect.any(String) });
  });

  it('skips events with no start or no words', async () => {
    const text = JSON.stringify({
      events: [
        { segs: [{ utf8: 'no start' }] },
        { tStartMs: 5, segs: [{ utf8: '  ' }] },
        { tStartMs: 1000, segs: [{ utf8: 'kept' }, { nope: 1 }] },
      ],
    });
    expect(await parseYouTubeJson3(text)).toEqual({ ok: true, cues: [{ start: 1, text: 'kept' }] });
  });
});
