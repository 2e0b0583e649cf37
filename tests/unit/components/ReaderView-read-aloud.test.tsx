import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { SpeechEngine, SpeechVoice } from '../../../components/speech';
import { DEFAULT_APPEARANCE } from '../../../core/settings/appearance';
import { article, renderReader, unmountReader } from './reader-view-fixtures';

afterEach(unmountReader);

/** A speech engine that speaks nothing: it records each utterance and ends it when told. */
function recordingSpeech(voices: SpeechVoice[] = [{ name: 'Alex', lang: 'en-US', default: true, localService: true }]) {
  const spoken: { text: string; lang?: string; voice?: string; rate: number }[] = [];
  const calls: string[] = [];
  let pending: ((finished: boolean) => void) | undefined;
  const engine: SpeechEngine = {
    voices: () => voices,
    onVoicesChanged: () => () => undefined,
    speak(text, options, onDone) {
      spoken.push({ text, lang: options.lang, voice: options.voice?.name, rate: options.rate });
      pending = onDone;
    },
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    cancel: () => {
      calls.push('cancel');
      const interrupted = pending;
      pending = undefined;
      interrupted?.(false);
    },
  };
  const finishUtterance = () =>
    act(() => {
      const done = pending;
      pending = undefined;
      done?.(true);
    });
  return { engine, spoken, calls, finishUtterance };
}

const DOC = article({
  lang: 'en',
  contentHtml:
    '<p>Night shifts begin at ten. The cranes wait.</p><figure data-legible-media="media-1"><ol><li class="cue"><span class="cue-text">Words from the clip.</span></li></ol></figure><p>By dawn the gulls come.</p>',
});

const button = (container: HTMLElement, name: string) =>
  Array.from(container.querySelectorAll('button')).find((b) => b.textContent === name)!;
const announced = (container: HTMLElement) => container.querySelector('[role="status"][aria-live="polite"]')?.textContent;

describe('ReaderView read aloud', () => {
  it('reads the title and then the article a sentence at a time, leaving out clip cards, and says when it is done', () => {
    const speech = recordingSpeech();
    const container = renderReader({ doc: DOC, speech: speech.engine });
    act(() => button(container, 'Read aloud').click());
    expect(button(container, 'Read aloud').getAttribute('aria-pressed')).toBe('true');
    expect(announced(container)).toBe('Reading aloud');
    for (let i = 0; i < 4; i++) speech.finishUtterance();
    expect(speech.spoken.map((s) => s.text)).toEqual([
      'The harbour that never sleeps',
      'Night shifts begin at ten.',
      'The cranes wait.',
      'By dawn the gulls come.',
    ]);
    expect(speech.spoken[1]).toMatchObject({ lang: 'en', voice: 'Alex', rate: 1 });
    expect(announced(container)).toBe('Finished reading');
    expect(button(container, 'Read aloud').getAttribute('aria-pressed')).toBe('false');
  });

  it('reads the transcripts where they stand when asked to', () => {
    const speech = recordingSpeech();
    const container = renderReader({ doc: DOC, speech: speech.engine, appearance: { ...DEFAULT_APPEARANCE, readTranscripts: true } });
    act(() => button(container, 'Read aloud').click());
    for (let i = 0; i < 5; i++) speech.finishUtterance();
    expect(speech.spoken.map((s) => s.text)).toContain('Words from the clip.');
  });

  it("picks a voice of the article's language", () => {
    const speech = recordingSpeech([
      { name: 'Alex', lang: 'en-US', default: true, localService: true },
      { name: 'Alva', lang: 'sv-SE', default: false, localService: true },
    ]);
    const container = renderReader({ doc: article({ ...DOC, lang: 'sv' }), speech: speech.engine });
    act(() => button(container, 'Read aloud').click());
    expect(speech.spoken[0]).toMatchObject({ voice: 'Alva', lang: 'sv' });
  });

  it('pauses and resumes, steps to the next paragraph, and stops', () => {
    const speech = recordingSpeech();
    const container = renderReader({ doc: DOC, speech: speech.engine });
    act(() => button(container, 'Read aloud').click());
    act(() => button(container, 'Pause').click());
    expect(speech.calls).toEqual(['pause']);
    expect(announced(container)).toBe('Reading paused');
    act(() => button(container, 'Resume').click());
    expect(speech.calls).toEqual(['pause', 'resume']);
    act(() => button(container, 'Next paragraph').click());
    // The interrupted sentence does not carry on; the next block starts.
    expect(speech.spoken.map((s) => s.text)).toEqual(['The harbour that never sleeps', 'Night shifts begin at ten.']);
    act(() => button(container, 'Next paragraph').click());
    act(() => button(container, 'Previous paragraph').click());
    expect(speech.spoken.at(-1)?.text).toBe('Night shifts begin at ten.');
    act(() => button(container, 'Read aloud').click());
    expect(announced(container)).toBe('Reading stopped');
    expect(container.querySelector('.read-aloud')).toBeNull();
  });

  it('reads faster when the speed is changed', () => {
    const speech = recordingSpeech();
    const container = renderReader({ doc: DOC, speech: speech.engine });
    act(() => button(container, 'Read aloud').click());
    const rate = container.querySelector<HTMLSelectElement>('.read-aloud select')!;
    act(() => {
      rate.value = '1.5';
      rate.dispatchEvent(new Event('change', { bubbles: true }));
    });
    speech.finishUtterance();
    expect(speech.spoken.at(-1)?.rate).toBe(1.5);
  });

  it('says plainly when the browser has no voices', () => {
    const speech = recordingSpeech([]);
    const container = renderReader({ doc: DOC, speech: speech.engine });
    act(() => button(container, 'Read aloud').click());
    const note = 'This browser has no voices to read aloud with. Install a voice for your system, or use a screen reader.';
    expect(container.querySelector('.read-aloud-note')?.textContent).toBe(note);
    expect(announced(container)).toBe(note);
    expect(speech.spoken).toEqual([]);
  });
});
