// @vitest-environment node
// media-captions builds cues with window.VTTCue whenever `document` exists; happy-dom has none that works.
import { describe, expect, it } from 'vitest';
import { parseWebVtt } from '../../../../../core/transcripts/formats/webvtt';

async function cuesOf(text: string) {
  const result = await parseWebVtt(text);
  if (!result.ok) throw new Error(`expected captions to parse, got: ${result.detail}`);
  return result.cues;
}

describe('parseWebVtt', () => {
  it('reads plain cues with their times in seconds', async () => {
    const cues = await cuesOf(
      'WEBVTT\n\n00:01.000 --> 00:04.500\nThe ferry leaves at dawn.\n\n00:04.500 --> 00:08.250\nIt returns at dusk.\n',
    );
    expect(cues).toEqual([
      { start: 1, end: 4.5, text: 'The ferry leaves at dawn.' },
      { start: 4.5, end: 8.25, text: 'It returns at dusk.' },
    ]);
  });

  it('accepts a byte-order mark before the header', async () => {
    const cues = await cuesOf('\uFEFFWEBVTT\n\n00:00:02.000 --> 00:00:03.000\nAfter the mark.\n');
    expect(cues).toEqual([{ start: 2, end: 3, text: 'After the mark.' }]);
  });

  it('accepts text after WEBVTT on the header line and header metadata', async () => {
    const cues = await cuesOf('WEBVTT - Harbour interview\nKind: captions\nLanguage: en\n\n00:01.000 --> 00:02.000\nHello.\n');
    expect(cues).toEqual([{ start: 1, end: 2, text: 'Hello.' }]);
  });

  it('accepts CRLF line endings', async () => {
    const cues = await cuesOf('WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nFirst.\r\n\r\n00:03.000 --> 00:04.000\r\nSecond.\r\n');
    expect(cues.map((c) => c.text)).toEqual(['First.', 'Second.']);
  });

  it('skips STYLE, NOTE and REGION blocks', async () => {
    const cues = await cuesOf(
      [
        'WEBVTT',
        '',
        'STYLE',
        '::cue { color: yellow; }',
        '',
        'REGION',
        'id:lower',
        'width:40%',
        'lines:3',
        '',
        'NOTE This note spans',
        'two lines and says nothing.',
        '',
        '00:01.000 --> 00:02.000 region:lower',
        'Only this is spoken.',
        '',
        'NOTE another note between cues',
        '',
        '00:02.000 --> 00:03.000',
        'And this.',
        '',
      ].join('\n'),
    );
    expect(cues).toEqual([
      { start: 1, end: 2, text: 'Only this is spoken.' },
      { start: 2, end: 3, text: 'And this.' },
    ]);
  });

  it('ignores cue settings and keeps cue identifiers out of the text', async () => {
    const cues = await cuesOf(
      'WEBVTT\n\nintro-7\n00:01.000 --> 00:02.500 line:85% position:50% size:80% align:center vertical:rl\nPlaced low.\n',
    );
    expect(cues).toEqual([{ start: 1, end: 2.5, text: 'Placed low.' }]);
  });

  it('keeps the speaker from <v> tags and drops the tag from the text', async () => {
    const cues = await cuesOf(
      'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ingrid Lund>Welcome to the harbour.\n\n00:02.000 --> 00:03.000\n<v.loud Per Ek>We break the ice.</v>\n',
    );
    expect(cues).toEqual([
      { start: 1, end: 2, text: 'Welcome to the harbour.', speaker: 'Ingrid Lund' },
      { start: 2, end: 3, text: 'We break the ice.', speaker: 'Per Ek' },
    ]);
  });

  it('finds a speaker nested inside another tag', async () => {
    const cues = await cuesOf('WEBVTT\n\n00:01.000 --> 00:02.000\n<i><v Ana>Quietly.</v></i>\n');
    expect(cues).toEqual([{ start: 1, end: 2, text: 'Quietly.', speaker: 'Ana' }]);
  });

  it('leaves the speaker out when a cue has no voice', async () => {
    const [cue] = await cuesOf('WEBVTT\n\n00:01.000 --> 00:02.000\n[Gulls crying]\n');
    expect(cue).toEqual({ start: 1, end: 2, text: '[Gulls crying]' });
    expect(cue).not.toHaveProperty('speaker');
  });

  it('keeps the words of class spans, bold, italic and underline and decodes entities', async () => {
    const [cue] = await cuesOf(
      'WEBVTT\n\n00:01.000 --> 00:02.000\n<c.yellow.bg_blue>Salt</c> &amp; <b>pepper</b>, <i>cod</i> &lt;fresh&gt; <u>today</u>&nbsp;only\n',
    );
    expect(cue?.text).toBe('Salt & pepper, cod <fresh> today only');
  });

  it('drops ruby readings and keeps the base text', async () => {
    const [cue] = await cuesOf('WEBVTT\n\n00:01.000 --> 00:02.000\n<ruby>東京<rt>とうきょう</rt></ruby>です\n');
    expect(cue?.text).toBe('東京です');
  });

  it('joins the lines of a multi-line cue with a space', async () => {
    const [cue] = await cuesOf('WEBVTT\n\n00:08.250 --> 00:12.000\n<v Per Ek>We had to break a channel\nevery   single morning\n');
    expect(cue).toEqual({ start: 8.25, end: 12, text: 'We had to break a channel every single morning', speaker: 'Per Ek' });
  });

  it('reads hours in timestamps, including long offsets', async () => {
    const cues = await cuesOf('WEBVTT\n\n01:02:03.500 --> 01:02:05.000\nAn hour in.\n\n10:00:01.000 --> 10:00:02.250\nTen hours in.\n');
    expect(cues).toEqual([
      { start: 3723.5, end: 3725, text: 'An hour in.' },
      { start: 36001, end: 36002.25, text: 'Ten hours in.' },
    ]);
  });

  it('counts from the clip’s start when the first line comes at broadcast timecode (10:00:00)', async () => {
    const cues = await cuesOf(
      'WEBVTT\n\n10:00:01.200 --> 10:00:04.080 align:middle\nDet här är hamnen\n\n10:00:04.240 --> 10:00:07.600\nBåtarna låg tätt.\n',
    );
    expect(cues.map((cue) => [cue.start, cue.end])).toEqual([
      [expect.closeTo(1.2, 6), expect.closeTo(4.08, 6)],
      [expect.closeTo(4.24, 6), expect.closeTo(7.6, 6)],
    ]);
  });

  it('leaves out cues with no words', async () => {
    const cues = await cuesOf('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ana> </v>\n\n00:02.000 --> 00:03.000\nSpoken.\n');
    expect(cues).toEqual([{ start: 2, end: 3, text: 'Spoken.' }]);
  });

  it('returns no cues for a file with only a header and notes', async () => {
    expect(await parseWebVtt('WEBVTT\n\nNOTE nothing was said\n')).toEqual({ ok: true, cues: [] });
  });

  it('refuses a file without the WEBVTT header', async () => {
    const result = await parseWebVtt('1\n00:00:01,000 --> 00:00:02,000\nAn SRT cue.\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.detail).toMatch(/WEBVTT/);
  });

  it('refuses a header word that only starts with WEBVTT', async () => {
    expect((await parseWebVtt('WEBVTTX\n\n00:01.000 --> 00:02.000\nx\n')).ok).toBe(false);
  });

  it('refuses an empty file and an HTML error page', async () => {
    expect((await parseWebVtt('')).ok).toBe(false);
    expect((await parseWebVtt('<!doctype html><title>404</title>')).ok).toBe(false);
  });

  it('keeps the line of a voice tag cut short, without a speaker (found by fuzzing)', async () => {
    const result = await parseWebVtt('WEBVTT\n\n00:01.000 --> 00:02.000\nThe ice came.\n\n00:02.000 --> 00:03.000\n<v In');
    expect(result).toEqual({ ok: true, cues: [{ start: 1, end: 2, text: 'The ice came.' }] });
  });

  it('reads a line nested 20,000 tags deep (found by fuzzing)', async () => {
    const deep = `${'<i>'.repeat(20_000)}Deep${'</i>'.repeat(20_000)} and <ruby>shallow<rt>reading</rt></ruby>`;
    const result = await parseWebVtt(`WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ingrid>${deep}`);
    expect(result).toEqual({ ok: true, cues: [{ start: 1, end: 2, text: 'Deep and shallow', speaker: 'Ingrid' }] });
  });
});
