import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALETTES, themeStylesheet, type FixedTheme, type Palette } from '../../../components/themes';
import { typographyProperties } from '../../../components/typography';
import { DEFAULT_APPEARANCE } from '../../../core/settings/appearance';
import { contrastRatio } from '../../support/contrast';

/** WCAG AA for text everywhere; AAA (7:1) in the high-contrast theme. Controls' edges need 3:1. */
const TEXT_MINIMUM: Record<FixedTheme, number> = { light: 4.5, sepia: 4.5, dark: 4.5, contrast: 7 };
const NON_TEXT_MINIMUM = 3;
const TEXT_ON: [keyof Palette, keyof Palette][] = [
  ['fg', 'bg'],
  ['fg', 'panel'],
  ['muted', 'bg'],
  ['muted', 'panel'],
  ['accent', 'bg'],
  ['accent', 'panel'],
  // A pressed toggle: the page colour on the accent.
  ['bg', 'accent'],
  ['markText', 'mark'],
];
const EDGES_ON: [keyof Palette, keyof Palette][] = [
  ['border', 'bg'],
  ['border', 'panel'],
  ['focus', 'bg'],
  ['focus', 'panel'],
];

describe('contrastRatio', () => {
  it('gives the known figures', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('rgb(255, 255, 255)', '#ffffff')).toBe(1);
  });
});

describe.each(Object.keys(PALETTES) as FixedTheme[])('the %s theme', (theme) => {
  const palette = PALETTES[theme];

  it.each(TEXT_ON)(`gives %s text on %s at least ${TEXT_MINIMUM[theme]}:1`, (text, ground) => {
    expect(contrastRatio(palette[text], palette[ground])).toBeGreaterThanOrEqual(TEXT_MINIMUM[theme]);
  });

  it.each(EDGES_ON)(`gives %s edges on %s at least ${NON_TEXT_MINIMUM}:1`, (edge, ground) => {
    expect(contrastRatio(palette[edge], palette[ground])).toBeGreaterThanOrEqual(NON_TEXT_MINIMUM);
  });
});

describe('the reader stylesheet', () => {
  const css = readFileSync(join(import.meta.dirname, '../../../assets/reader.css'), 'utf8');
  const used = new Set(Array.from(css.matchAll(/var\(--([\w-]+)/g), (m) => m[1]));
  // The themes' colours, the settings' type, and where FloatingPanel.tsx hangs a panel.
  const defined = new Set([
    ...Object.keys(PALETTES.light),
    ...Object.keys(typographyProperties(DEFAULT_APPEARANCE)).map((p) => p.slice(2)),
    'panel-top',
    'panel-left',
  ]);

  it('uses only colours and type that the themes and settings define', () => {
    expect([...used].filter((name) => !defined.has(name!))).toEqual([]);
  });

  it('writes no colour of its own, so every theme reaches everything', () => {
    expect(css.match(/#[0-9a-f]{3,8}\b|rgba?\(/gi)).toBeNull();
  });

  it('gives every theme every colour, and forced-colours mode the system colours', () => {
    const sheet = themeStylesheet();
    for (const theme of ['system', ...Object.keys(PALETTES)]) {
      const rule = new RegExp(`\\.reader\\[data-theme="${theme}"\\]\\{([^}]*)\\}`).exec(sheet)?.[1] ?? '';
      expect(rule.match(/--[\w-]+(?=:)/g)?.sort()).toEqual(
        Object.keys(PALETTES.light)
          .map((k) => `--${k}`)
          .sort(),
      );
    }
    expect(sheet).toMatch(/@media \(forced-colors: active\)\{\.reader\[data-theme\]\{--bg:Canvas;--fg:CanvasText;/);
  });
});
