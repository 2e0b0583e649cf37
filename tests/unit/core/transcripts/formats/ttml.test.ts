import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTtml } from '../../../../../core/transcripts/formats/ttml';

const FIXTURE = readFileSync(join(import.meta.dirname, '../../../../fixtures/formats/ttml/harbour-interview.sv.ttml'), 'utf8');
const tt = (namespace: string, attributes: string, body: string) =>
  `<?xml version="1.0"?><tt xmlns="${namespace}" xmlns:ttp="${namespace}#parameter" ${attributes}><body><div>${body}</div></body></tt>`;

describe('parseTtml', () => {
  it('reads each line of a prefixed TTML file: ticks, clock times, durations, frames, spans, breaks, entities, a div’s offset', async () => {
    expect(await parseTtml(FIXTURE)).toEqual({
      ok: true,
      cues: [
        { start: 1, end: 4.5, text: 'Välkommen ut till hamnen i Gävle.' },
        { start: 4.5, end: 8.25, text: 'Isen lade sig tidigt i år, redan i november.' },
        { start: 8.2, end: 12, text: 'Vi fick bryta en ränna & vänta.' },
        { start: 21, end: 23, text: 'Måsarna skriker.' },
      ],
    });
  });

  it.each(['http://www.w3.org/2006/10/ttaf1', 'http://www.w3.org/2006/04/ttaf1', 'http://www.w3.org/2004/11/ttaf1'])(
    'reads DFXP in the draft namespace %s',
    async (namespace) => {
      const parsed = await parseTtml(tt(namespace, '', '<p begin="1.5s" end="2500ms">Hej.</p>'));
      expect(parsed).toEqual({ ok: true, cues: [{ start: 1.5, end: 2.5, text: 'Hej.' }] });
    },
  );

  it('takes ticks at the frame rate when no tick rate is given, and honours the frame-rate multiplier', async () => {
    const parsed = await parseTtml(
      tt(
        'http://www.w3.org/ns/ttml',
        'ttp:frameRate="30" ttp:frameRateMultiplier="1000 1001"',
        '<p begin="30f" end="60t">Ett.</p><p begin="00:00:01:15" end="2m">Två.</p>',
      ),
    );
    expect(parsed.ok && parsed.cues.map((cue) => [cue.start?.toFixed(3), cue.end?.toFixed(3)])).toEqual([
      ['1.001', '2.002'],
      ['1.501', '120.000'],
    ]);
  });

  it('keeps a line without times as words, and skips lines without words', async () => {
    expect(await parseTtml(tt('http://www.w3.org/ns/ttml', '', '<p>Otimad rad.</p><p begin="1s" end="2s">  </p>'))).toEqual({
      ok: true,
      cues: [{ text: 'Otimad rad.' }],
    });
  });

  it.each([
    ['WebVTT', 'WEBVTT\n\n00:01.000 --> 00:02.000\nHej'],
    ['XML that is not TTML', '<?xml version="1.0"?><rss version="2.0"><channel/></rss>'],
    ['a <tt> in no TTML namespace', '<tt xmlns="http://example.org/other"><body/></tt>'],
    ['XML cut short', '<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p begin="1s">Hej'],
  ])('refuses %s', async (_name, text) => {
    expect(await parseTtml(text)).toMatchObject({ ok: false, detail: expect.any(String) });
  });
});
