import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TranscriptTools } from '../../../components/TranscriptTools';
import type { MediaRef } from '../../../core/media/types';
import type { Transcript } from '../../../core/transcripts/types';
import { captureDownloads } from '../../support/captured-downloads';
import { renderWithI18n, settle, type Rendered } from './render-with-i18n';

const CLIP: MediaRef = {
  id: 'c1',
  mediaType: 'video',
  title: 'Ö-färjan: the last crossing',
  pageUrl: 'https://news.example/',
  source: 'player',
  family: 'youtube',
  videoId: 'abcDEF12345',
  tracks: [],
};
const TRANSCRIPT: Transcript = {
  cues: [
    { start: 1, end: 4, speaker: 'Oskar', text: 'The ice sings against the hull.' },
    { start: 5, end: 9, speaker: 'Oskar', text: 'Some nights it is still.' },
    { start: 10, end: 14, text: 'ICE again, at the outer islands.' },
  ],
  lang: 'en',
  sourceUrl: 'https://media.example/c1.vtt',
};

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
  vi.restoreAllMocks();
});

function renderTools(transcript = TRANSCRIPT) {
  rendered = renderWithI18n(<TranscriptTools transcript={transcript} media={CLIP} />);
  return rendered.container;
}
const lines = (container: HTMLElement) => Array.from(container.querySelectorAll('.cue'), (cue) => cue.textContent);
const status = (container: HTMLElement) => container.querySelector('[role="status"]')?.textContent;
const buttonNamed = (container: HTMLElement, name: string) =>
  Array.from(container.querySelectorAll('button')).find((b) => b.textContent === name)!;

describe('TranscriptTools', () => {
  it('shows only the lines that hold the search, in any case, marks it, and says how many', () => {
    const container = renderTools();
    const search = container.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(search.closest('label')?.textContent).toContain('Search this transcript');
    act(() => {
      search.value = 'ice';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(lines(container)).toEqual(['0:01 Oskar: The ice sings against the hull.', '0:10 ICE again, at the outer islands.']);
    expect(Array.from(container.querySelectorAll('mark'), (m) => m.textContent)).toEqual(['ice', 'ICE']);
    expect(status(container)).toBe('2 of 3 lines match');
    act(() => {
      search.value = '';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(lines(container)).toHaveLength(3);
  });

  it('links each time to that moment of the clip on its own site', () => {
    const container = renderTools();
    const first = container.querySelector<HTMLAnchorElement>('.cue a.cue-moment')!;
    expect(first.href).toBe('https://www.youtube.com/watch?v=abcDEF12345&t=1s');
    expect(first.textContent).toBe('0:01');
  });

  it('copies the transcript as text and says so, or says why not', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const container = renderTools();
    act(() => buttonNamed(container, 'Copy transcript').click());
    await settle();
    expect(writeText).toHaveBeenCalledWith(
      '[0:01] Oskar: The ice sings against the hull.\n[0:05] Some nights it is still.\n[0:10] ICE again, at the outer islands.\n',
    );
    expect(status(container)).toBe('Transcript copied');

    writeText.mockRejectedValueOnce(new Error('Document is not focused.'));
    act(() => buttonNamed(container, 'Copy transcript').click());
    await settle();
    expect(status(container)).toBe('Could not copy: Document is not focused.');
  });

  it('downloads .txt, .vtt and .srt files named after the clip', async () => {
    const files = captureDownloads();
    const container = renderTools();
    for (const name of ['Download .txt', 'Download .vtt', 'Download .srt']) act(() => buttonNamed(container, name).click());
    expect(files.map((f) => f.name)).toEqual([
      'o-farjan-the-last-crossing.txt',
      'o-farjan-the-last-crossing.vtt',
      'o-farjan-the-last-crossing.srt',
    ]);
    const [txt, vtt, srt] = await Promise.all(files.map((f) => f.text));
    expect(txt).toMatch(/^\[0:01\] Oskar: The ice sings/);
    expect(vtt).toMatch(/^WEBVTT\n\n00:00:01\.000 --> 00:00:04\.000\n<v Oskar>The ice sings/);
    expect(srt).toMatch(/^1\n00:00:01,000 --> 00:00:04,000\nOskar: The ice sings/);
    expect(status(container)).toBe('Saved o-farjan-the-last-crossing.srt');
  });

  it('offers only .txt for a transcript without times', () => {
    const container = renderTools({ ...TRANSCRIPT, cues: [{ text: 'Words without times.' }] });
    const names = Array.from(container.querySelectorAll('.transcript-tools [role="menuitem"]'), (b) => b.textContent);
    expect(names).toEqual(['Copy transcript', 'Download .txt']);
  });

  it('keeps its tools to one line: the search field and one menu button, the copy and downloads in its menu', () => {
    const container = renderTools(TRANSCRIPT);
    const tools = container.querySelector('.transcript-tools')!;
    const visibleButtons = Array.from(tools.querySelectorAll('button')).filter((button) => !button.closest('[hidden]'));
    expect(visibleButtons.map((button) => [button.textContent, button.getAttribute('aria-haspopup')])).toEqual([
      ['Copy or download', 'menu'],
    ]);
    expect(Array.from(tools.querySelectorAll('[role="menuitem"]'), (item) => item.textContent)).toEqual([
      'Copy transcript',
      'Download .txt',
      'Download .vtt',
      'Download .srt',
    ]);
  });
});
