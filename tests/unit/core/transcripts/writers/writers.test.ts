import { describe, expect, it } from 'vitest';
import { parseSrt } from '../../../../../core/transcripts/formats/srt';
import { parseWebVtt } from '../../../../../core/transcripts/formats/webvtt';
import type { Cue } from '../../../../../core/transcripts/types';
import { captionTimestamp } from '../../../../../core/transcripts/writers/clip-time';
import { writePlainText } from '../../../../../core/transcripts/writers/plain-text';
import { writeSrt } from '../../../../../core/transcripts/writers/srt';
import { writeWebVtt } from '../../../../../core/transcripts/writers/webvtt';

const CUES: Cue[] = [
  { start: 1, end: 4.5, speaker: 'Oskar Hedlund', text: 'I have done this crossing eleven thousand times.' },
  { start: 5, speaker: 'Oskar Hedlund', text: 'The ice sings <sometimes> & hums.' },
  { start: 3725.25, end: 3730, text: 'An hour on, the engines stop.' },
];

describe('captionTimestamp', () => {
  it('writes hours, minutes, seconds and milliseconds, with the separator each format uses', () => {
    expect(captionTimestamp(3725.25, '.')).toBe('01:02:05.250');
    expect(captionTimestamp(0.0004, ',')).toBe('00:00:00,000');
  });
});

describe('writePlainText', () => {
  it('gives each line its time, and the speaker where the speaker changes', () => {
    expect(writePlainText(CUES)).toBe(
      '[0:01] Oskar Hedlund: I have done this crossing eleven thousand times.\n[0:05] The ice sings <sometimes> & hums.\n[1:02:05] An hour on, the engines stop.\n',
    );
  });

  it('writes untimed text without times', () => {
    expect(writePlainText([{ text: 'One.' }, { text: 'Two.' }])).toBe('One.\nTwo.\n');
  });
});

describe('writeWebVtt', () => {
  it('writes a file the WebVTT parser reads back to the same lines', async () => {
    const vtt = writeWebVtt(CUES)!;
    expect(vtt.startsWith('WEBVTT\n\n00:00:01.000 --> 00:00:04.500\n<v Oskar Hedlund>I have done')).toBe(true);
    // A cue without an end lasts until the next one starts.
    expect(vtt).toContain('00:00:05.000 --> 01:02:05.250\n<v Oskar Hedlund>The ice sings &lt;sometimes&gt; &amp; hums.');
    const parsed = await parseWebVtt(vtt);
    expect(parsed).toEqual({
      ok: true,
      cues: [
        { start: 1, end: 4.5, speaker: 'Oskar Hedlund', text: 'I have done this crossing eleven thousand times.' },
        { start: 5, end: 3725.25, speaker: 'Oskar Hedlund', text: 'The ice sings <sometimes> & hums.' },
        { start: 3725.25, end: 3730, text: 'An hour on, the engines stop.' },
      ],
    });
  });

  it('writes nothing for untimed text', () => {
    expect(writeWebVtt([{ text: 'No times here.' }])).toBeUndefined();
    expect(writeWebVtt([])).toBeUndefined();
  });
});

describe('writeSrt', () => {
  it('numbers the blocks, uses commas in times, and is read back by the SRT parser', async () => {
    const srt = writeSrt(CUES)!;
    expect(srt.split('\n\n')[0]).toBe('1\n00:00:01,000 --> 00:00:04,500\nOskar Hedlund: I have done this crossing eleven thousand times.');
    // SRT has no escapes: text goes as it is, and players take <…> for formatting, as its readers do.
    expect(srt).toContain('Oskar Hedlund: The ice sings <sometimes> & hums.');
    const parsed = await parseSrt(srt);
    expect(parsed.ok && parsed.cues.map((cue) => [cue.start, cue.text])).toEqual([
      [1, 'Oskar Hedlund: I have done this crossing eleven thousand times.'],
      [5, 'Oskar Hedlund: The ice sings & hums.'],
      [3725.25, 'An hour on, the engines stop.'],
    ]);
  });

  it('writes nothing for untimed text', () => {
    expect(writeSrt([{ text: 'No times here.' }])).toBeUndefined();
  });
});
