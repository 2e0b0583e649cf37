import type { ThemeChoice } from '../core/settings/appearance';

/**
 * The colours one theme gives the reader. The reader's stylesheet uses only these, as custom
 * properties, so the contrast tests that read this table check what readers see.
 */
export type Palette = {
  /** The page. */
  bg: string;
  /** Body text. */
  fg: string;
  /** Secondary text: bylines, captions, timestamps. */
  muted: string;
  /** Links, and the fill of a pressed toggle. */
  accent: string;
  /** Cards, panels and buttons. */
  panel: string;
  /** The edges of controls (needs 3:1 against what surrounds them). */
  border: string;
  /** Separator lines, which carry no meaning. */
  rule: string;
  /** The keyboard focus ring. */
  focus: string;
  /** The sentence being read aloud, and search matches, and the text on them. */
  mark: string;
  markText: string;
};

export type FixedTheme = Exclude<ThemeChoice, 'system'>;

export const PALETTES: Record<FixedTheme, Palette> = {
  light: {
    bg: '#fdfcf8',
    fg: '#1c1b19',
    muted: '#4a4740',
    accent: '#0b57a4',
    panel: '#f1ede2',
    border: '#767165',
    rule: '#d9d4c7',
    focus: '#0b57a4',
    mark: '#fde68a',
    markText: '#1c1b19',
  },
  sepia: {
    bg: '#f5ecd7',
    fg: '#2e2416',
    muted: '#54462f',
    accent: '#7a3410',
    panel: '#ebdfc2',
    border: '#7d6b4c',
    rule: '#d6c6a1',
    focus: '#7a3410',
    mark: '#f3c77a',
    markText: '#2e2416',
  },
  dark: {
    bg: '#1b1b1d',
    fg: '#ecebe6',
    muted: '#c2beb3',
    accent: '#8cc3ff',
    panel: '#28282c',
    border: '#8f8a7f',
    rule: '#45423b',
    focus: '#8cc3ff',
    mark: '#5b4a12',
    markText: '#ecebe6',
  },
  contrast: {
    bg: '#000000',
    fg: '#ffffff',
    muted: '#f2f2f2',
    accent: '#ffff00',
    panel: '#000000',
    border: '#ffffff',
    rule: '#ffffff',
    focus: '#ffff00',
    mark: '#ffff00',
    markText: '#000000',
  },
};

/** Forced-colours mode (Windows High Contrast): the system's own colours, by their CSS names. */
const FORCED: Palette = {
  bg: 'Canvas',
  fg: 'CanvasText',
  muted: 'CanvasText',
  accent: 'LinkText',
  panel: 'Canvas',
  border: 'ButtonBorder',
  rule: 'GrayText',
  focus: 'Highlight',
  mark: 'Mark',
  markText: 'MarkText',
};

function declarations(palette: Palette): string {
  return Object.entries(palette)
    .map(([token, colour]) => `--${token}:${colour};`)
    .join('');
}

/**
 * The stylesheet that gives `.reader[data-theme]` its colours: each fixed theme, `system` as light
 * or dark by the browser's preference, and the system's colours in forced-colours mode, which
 * outranks every theme.
 */
export function themeStylesheet(): string {
  const fixed = (Object.keys(PALETTES) as FixedTheme[]).map((theme) => `.reader[data-theme="${theme}"]{${declarations(PALETTES[theme])}}`);
  return [
    `.reader{${declarations(PALETTES.light)}}`,
    ...fixed,
    `.reader[data-theme="system"]{${declarations(PALETTES.light)}}`,
    `@media (prefers-color-scheme: dark){.reader[data-theme="system"]{${declarations(PALETTES.dark)}}}`,
    `@media (forced-colors: active){.reader[data-theme]{${declarations(FORCED)}}}`,
  ].join('\n');
}
