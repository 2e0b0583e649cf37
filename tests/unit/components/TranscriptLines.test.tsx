import { describe, expect, it } from 'vitest';
import { formatClipTime } from '../../../components/TranscriptLines';

describe('formatClipTime', () => {
  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [65, '1:05'],
    [599, '9:59'],
    [600, '10:00'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3723, '1:02:03'],
    [36_000, '10:00:00'],
  ])('writes %d seconds as %s', (seconds, expected) => {
    expect(formatClipTime(seconds)).toBe(expected);
  });

  it('drops fractions of a second rather than rounding up', () => {
    expect(formatClipTime(59.9)).toBe('0:59');
  });

  it('writes negative times as the start of the clip', () => {
    expect(formatClipTime(-3)).toBe('0:00');
  });
});
