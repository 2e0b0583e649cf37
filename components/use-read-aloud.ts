import { useEffect, useRef, useState } from 'preact/hooks';
import { readingBlocks, type ReadingBlock } from './reading-units';
import { voiceFor, type SpeechEngine, type SpeechVoice } from './speech';

export type ReadAloudState = 'off' | 'reading' | 'paused' | 'no-voices' | 'unavailable';
/** A change of state worth saying aloud. */
export type ReadAloudChange = 'started' | 'paused' | 'stopped' | 'finished' | 'no-voices';

type Options = {
  engine: SpeechEngine | undefined;
  /** The reader's article element, read when reading starts. */
  article: () => HTMLElement | null | undefined;
  lang: string | undefined;
  rate: number;
  withTranscripts: boolean;
  /** Says a change of state to screen readers. */
  announce(change: ReadAloudChange): void;
};

const HIGHLIGHT = 'legible-reading';

/**
 * Reads the article aloud a sentence at a time with the browser's speech synthesis, in a voice of
 * the article's language; marks the sentence being read and keeps it in view.
 */
export function useReadAloud({ engine, article, lang, rate, withTranscripts, announce }: Options) {
  const [state, setState] = useState<ReadAloudState>(engine ? 'off' : 'unavailable');
  const blocks = useRef<ReadingBlock[]>([]);
  const at = useRef({ block: 0, sentence: 0 });
  // Each utterance knows the turn it belongs to: one cancelled by Next or Stop ends no later one.
  const turn = useRef(0);
  const [voices, setVoices] = useState<readonly SpeechVoice[]>(() => engine?.voices() ?? []);
  useEffect(() => engine?.onVoicesChanged(() => setVoices(engine.voices())), [engine]);
  // A sentence that ends starts the next with the speed and voice chosen by then, not at the start.
  const live = useRef({ rate, voice: voiceFor(voices, lang) });
  live.current = { rate, voice: voiceFor(voices, lang) };
  useEffect(() => () => stop(false), []);

  const speakFrom = (block: number, sentence: number) => {
    if (!engine) return;
    const current = blocks.current[block]?.sentences[sentence];
    if (!current) {
      stop(false);
      announce('finished');
      return;
    }
    at.current = { block, sentence };
    const mine = ++turn.current;
    mark(current.range, blocks.current[block]!.element);
    engine.speak(current.text, { lang, voice: live.current.voice, rate: live.current.rate }, (finished) => {
      if (mine !== turn.current || !finished) return;
      const inBlock = blocks.current[block]!.sentences.length;
      speakFrom(sentence + 1 < inBlock ? block : block + 1, sentence + 1 < inBlock ? sentence + 1 : 0);
    });
  };

  const start = () => {
    if (!engine) return;
    if (voices.length === 0 && engine.voices().length === 0) {
      setState('no-voices');
      announce('no-voices');
      return;
    }
    const root = article();
    blocks.current = root ? readingBlocks(root, lang, withTranscripts) : [];
    setState('reading');
    announce('started');
    speakFrom(0, 0);
  };
  function stop(say = true) {
    turn.current++;
    engine?.cancel();
    unmark();
    setState((previous) => (previous === 'unavailable' ? previous : 'off'));
    if (say) announce('stopped');
  }
  const pause = () => {
    engine?.pause();
    setState('paused');
    announce('paused');
  };
  const resume = () => {
    engine?.resume();
    setState('reading');
    announce('started');
  };
  const skip = (blocksBy: number) => {
    engine?.cancel();
    const target = Math.max(0, Math.min(blocks.current.length - 1, at.current.block + blocksBy));
    setState('reading');
    speakFrom(target, 0);
  };

  return { state, start, stop: () => stop(true), pause, resume, next: () => skip(1), previous: () => skip(-1) };
}

/** The block marked where the browser has no CSS highlights. */
let markedBlock: HTMLElement | undefined;

/** Marks the sentence with the CSS highlight API where there is one, else its block; and keeps it in view. */
function mark(range: Range, block: HTMLElement) {
  unmark();
  const registry = globalThis.CSS?.highlights;
  if (registry && typeof Highlight === 'function') registry.set(HIGHLIGHT, new Highlight(range));
  else {
    block.classList.add(HIGHLIGHT);
    markedBlock = block;
  }
  const calm = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  block.scrollIntoView?.({ block: 'center', behavior: calm ? 'auto' : 'smooth' });
}

function unmark() {
  globalThis.CSS?.highlights?.delete(HIGHLIGHT);
  markedBlock?.classList.remove(HIGHLIGHT);
  markedBlock = undefined;
}
