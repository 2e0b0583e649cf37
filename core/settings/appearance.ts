/** How the reader looks: its colours and its type. Stored with the settings (version 2 on). */
export type Appearance = {
  theme: ThemeChoice;
  font: FontChoice;
  /** CSS pixels of the article's body text. */
  fontSize: number;
  /** Unitless, as CSS `line-height`. */
  lineHeight: number;
  /** The text column's widest, in em of the body text (about two characters each). */
  contentWidth: number;
  /** Extra space between letters, in em. */
  letterSpacing: number;
  /** Extra space between words, in em. */
  wordSpacing: number;
  /** Space after each paragraph, in em. */
  paragraphSpacing: number;
  /** The reading ruler: all but a band of lines dimmed. */
  lineFocus: boolean;
  lineFocusLines: LineFocusLines;
  /** Read-aloud speed, as speech synthesis's rate (1 is the voice's own). */
  speechRate: SpeechRate;
  /** Read-aloud reads the clips' transcripts where they stand. */
  readTranscripts: boolean;
};

/** `system` follows the browser's light or dark preference; `contrast` is black and white. */
export const THEMES = ['system', 'light', 'sepia', 'dark', 'contrast'] as const;
export type ThemeChoice = (typeof THEMES)[number];

/** `hyperlegible` is Atkinson Hyperlegible, bundled with Legible, made for low-vision readers. */
export const FONTS = ['serif', 'sans', 'mono', 'hyperlegible'] as const;
export type FontChoice = (typeof FONTS)[number];

/** How many lines the reading ruler leaves clear. */
export const LINE_FOCUS_LINES = [1, 3, 5] as const;
export type LineFocusLines = (typeof LINE_FOCUS_LINES)[number];

export const SPEECH_RATES = [0.75, 1, 1.25, 1.5, 2] as const;
export type SpeechRate = (typeof SPEECH_RATES)[number];

/** The settings set with a slider. */
export type NumericAppearance = 'fontSize' | 'lineHeight' | 'contentWidth' | 'letterSpacing' | 'wordSpacing' | 'paragraphSpacing';

export type Range = { min: number; max: number; step: number };

/** The bounds of each number a reader can set, and the step of its control. */
export const APPEARANCE_RANGES: Record<NumericAppearance, Range> = {
  fontSize: { min: 14, max: 40, step: 2 },
  lineHeight: { min: 1.2, max: 2.4, step: 0.1 },
  contentWidth: { min: 24, max: 60, step: 2 },
  letterSpacing: { min: 0, max: 0.2, step: 0.02 },
  wordSpacing: { min: 0, max: 0.5, step: 0.05 },
  paragraphSpacing: { min: 0.5, max: 3, step: 0.25 },
};

export const DEFAULT_APPEARANCE: Appearance = {
  theme: 'system',
  font: 'serif',
  fontSize: 20,
  lineHeight: 1.6,
  contentWidth: 36,
  letterSpacing: 0,
  wordSpacing: 0,
  paragraphSpacing: 1,
  lineFocus: false,
  lineFocusLines: 3,
  speechRate: 1,
  readTranscripts: false,
};

/**
 * A number moved by whole steps and kept within its range. Rounded, so that 1.2 + 0.1 is stored
 * as 1.3 and not 1.3000000000000003.
 */
export function stepAppearance(value: number, range: Range, steps: number): number {
  const next = Math.min(range.max, Math.max(range.min, value + steps * range.step));
  return Math.round(next * 1000) / 1000;
}

/** Reads one stored field: the value where it is of the right kind and in range, else nothing. */
export function validAppearanceField<K extends keyof Appearance>(key: K, value: unknown): Appearance[K] | undefined {
  if (key === 'theme') return ((THEMES as readonly unknown[]).includes(value) ? value : undefined) as Appearance[K] | undefined;
  if (key === 'font') return ((FONTS as readonly unknown[]).includes(value) ? value : undefined) as Appearance[K] | undefined;
  if (key === 'lineFocus' || key === 'readTranscripts')
    return (typeof value === 'boolean' ? value : undefined) as Appearance[K] | undefined;
  if (key === 'speechRate') return ((SPEECH_RATES as readonly unknown[]).includes(value) ? value : undefined) as Appearance[K] | undefined;
  if (key === 'lineFocusLines')
    return ((LINE_FOCUS_LINES as readonly unknown[]).includes(value) ? value : undefined) as Appearance[K] | undefined;
  const range = APPEARANCE_RANGES[key as NumericAppearance];
  return (typeof value === 'number' && Number.isFinite(value) && value >= range.min && value <= range.max ? value : undefined) as
    Appearance[K] | undefined;
}
