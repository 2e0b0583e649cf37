import { afterEach, describe, expect, it } from 'vitest';
import { TranscriptLines } from '../../../components/TranscriptLines';
import { clipTime as formatClipTime } from '../../../core/transcripts/writers/clip-time';
import type { Cue } from '../../../core/transcripts/types';
import { renderWithI18n, type Rendered } from './render-with-i18n';

describe('clipTime', () => {
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

describe('TranscriptLines', () => {
  let rendered: Rendered | undefined;

  afterEach(() => {
    rendered?.unmount();
    rendered = undefined;
  });

  function lines(cues: Cue[], lang?: string): HTMLOListElement {
    rendered = renderWithI18n(<TranscriptLines cues={cues} lang={lang} />);
    return rendered.container.querySelector('ol.cues')!;
  }

  it('renders untimed cues as text without a time', () => {
    const list = lines([{ text: 'The ropes come in.' }, { text: 'The ferry leaves the quay.' }], 'en');
    const items = Array.from(list.querySelectorAll('li.cue'));
    expect(items.map((li) => li.textContent)).toEqual(['The ropes come in.', 'The ferry leaves the quay.']);
    expect(list.querySelector('time')).toBeNull();
    expect(list.getAttribute('lang')).toBe('en');
  });

  it('renders a timed cue with its start as a time', () => {
    const list = lines([{ start: 65.4, end: 70, text: 'Timed words.' }]);
    const time = list.querySelector('li.cue time.cue-time');
    expect(time?.textContent).toBe('1:05');
    expect(time?.getAttribute('datetime')).toBe('PT65S');
    expect(list.querySelector('.cue-text')?.textContent).toBe('Timed words.');
  });

  it('times only the cues that have a start', () => {
    const list = lines([{ text: 'No time.' }, { start: 0, text: 'At the start.' }]);
    const items = Array.from(list.querySelectorAll('li.cue'));
    expect(items.map((li) => li.querySelector('time')?.textContent ?? null)).toEqual([null, '0:00']);
  });

  it('renders cue text as text, never as HTML', () => {
    const list = lines([{ text: '<b>not bold</b>' }]);
    expect(list.querySelector('b')).toBeNull();
    expect(list.querySelector('.cue-text')?.textContent).toBe('<b>not bold</b>');
  });
});
