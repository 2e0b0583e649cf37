/** The part of the browser's speech synthesis the reader uses; tests pass their own. */
export type SpeechEngine = {
  voices(): readonly SpeechVoice[];
  /** Calls back when the browser's list of voices changes (it may arrive after the page). */
  onVoicesChanged(callback: () => void): () => void;
  /** Speaks one piece of text; `onDone` follows its end, or its interruption or failure. */
  speak(text: string, options: { lang?: string; voice?: SpeechVoice; rate: number }, onDone: (finished: boolean) => void): void;
  pause(): void;
  resume(): void;
  cancel(): void;
};

export type SpeechVoice = { name: string; lang: string; default: boolean; localService: boolean };

/** The browser's own `speechSynthesis`, where it has one. */
export function browserSpeech(): SpeechEngine | undefined {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance !== 'function') return undefined;
  return {
    voices: () => synth.getVoices(),
    onVoicesChanged(callback) {
      synth.addEventListener('voiceschanged', callback);
      return () => synth.removeEventListener('voiceschanged', callback);
    },
    speak(text, { lang, voice, rate }, onDone) {
      const utterance = new SpeechSynthesisUtterance(text);
      if (lang) utterance.lang = lang;
      const chosen = voice && synth.getVoices().find((v) => v.name === voice.name);
      if (chosen) utterance.voice = chosen;
      utterance.rate = rate;
      utterance.onend = () => onDone(true);
      utterance.onerror = () => onDone(false);
      synth.speak(utterance);
    },
    pause: () => synth.pause(),
    resume: () => synth.resume(),
    cancel: () => synth.cancel(),
  };
}

/** A voice for the article's language: the system's choice among them, then one on this device. */
export function voiceFor(voices: readonly SpeechVoice[], lang: string | undefined): SpeechVoice | undefined {
  const base = (lang ?? '').toLowerCase().split('-')[0];
  const matching = base ? voices.filter((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === base) : [];
  const exact = matching.find((voice) => voice.lang.toLowerCase().replace('_', '-') === lang?.toLowerCase());
  return (
    exact ??
    matching.find((voice) => voice.default) ??
    matching.find((voice) => voice.localService) ??
    matching[0] ??
    voices.find((voice) => voice.default) ??
    voices[0]
  );
}
