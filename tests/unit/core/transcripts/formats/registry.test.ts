import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAPTION_FORMATS, isFileFormat, type CaptionFormat } from '../../../../../core/transcripts/formats';

const ROOT = join(import.meta.dirname, '../../../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/formats');
/** Fixtures of what a format must refuse ("not-…") or finds no lines in ("no-…"). */
const NEGATIVE = /^no(?:t)?-/;
const formats = Object.keys(CAPTION_FORMATS) as CaptionFormat[];

describe('the caption format registry', () => {
  it('has a fixture folder for every format, and no folder for a format it does not know', () => {
    const folders = readdirSync(FIXTURES).filter((name) => statSync(join(FIXTURES, name)).isDirectory());
    expect(folders.sort()).toEqual([...formats].sort());
  });

  it('reads HLS and DASH as registered streams, every other format as one file', () => {
    expect(formats.filter((format) => !isFileFormat(format)).sort()).toEqual(['dash-text', 'hls-webvtt']);
  });

  describe.each(formats.filter(isFileFormat))('%s', (format) => {
    const files = readdirSync(join(FIXTURES, format)).filter((file) => !NEGATIVE.test(file));

    it('has a fixture that should give lines', () => {
      expect(files.length).toBeGreaterThan(0);
    });

    it.each(files)('reads %s to lines of text', async (file) => {
      const parsed = await CAPTION_FORMATS[format].parse(readFileSync(join(FIXTURES, format, file), 'utf8'));
      expect(parsed.ok && parsed.cues.length).toBeGreaterThan(0);
      if (parsed.ok) for (const cue of parsed.cues) expect(cue.text.trim()).not.toBe('');
    });
  });
});
