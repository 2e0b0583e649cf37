// @vitest-environment node
// media-captions builds cues with window.VTTCue whenever `document` exists; happy-dom has none that works.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSrt } from '../../../../../core/transcripts/formats/srt';

const FIXTURE = join(import.meta.dirname, '../../../../fixtures/formats/srt/harbour-interview.en.srt');

describe('parseSrt', () => {
  it('reads numbered cues with comma milliseconds, CRLF line ends and lines that wrap', async () => {
    const result = await parseSrt(readFileSync(FIXTURE, 'utf8'));
    expect(result).toEqual({
      ok: true,
      cues: [
        { start: 1, end: 4.2, text: 'The ferry leaves at dawn.' },
        { start: 4.2, end: 8, text: 'Skipper: Keep the red light on your left.' },
        { start: 62.5, end: 65, text: '[engine hum]' },
      ],
    });
  });

  it('accepts a byte-order mark and a file without a final blank line', async () => {
    expect(await parseSrt('\uFEFF1\n00:00:02,000 --> 00:00:03,000\nAfter the mark.')).toEqual({
      ok: true,
      cues: [{ start: 2, end: 3, text: 'After the mark.' }],
    });
  });

  it('says so when the file is not SRT', async () => {
    expect(await parseSrt('<html><body>Sign in to watch</body></html>')).toEqual({ ok: false, detail: 'The file has no SRT timing line' });
  });
});
