import type { Appearance, FontChoice } from '../core/settings/appearance';

/** The family name under which the reader registers its bundled font with the page. */
export const BUNDLED_FONT_FAMILY = 'Legible Atkinson Hyperlegible';

export const FONT_STACKS: Record<FontChoice, string> = {
  serif: "Georgia, 'Iowan Old Style', 'Noto Serif', 'DejaVu Serif', serif",
  sans: "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif",
  mono: "ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', 'Noto Sans Mono', monospace",
  hyperlegible: `'${BUNDLED_FONT_FAMILY}', system-ui, sans-serif`,
};

/** The custom properties the reader's stylesheet sets its article type from. */
export function typographyProperties(appearance: Appearance): Record<string, string> {
  return {
    '--font': FONT_STACKS[appearance.font],
    '--size': `${appearance.fontSize}px`,
    '--leading': String(appearance.lineHeight),
    '--measure': `${appearance.contentWidth}em`,
    '--tracking': `${appearance.letterSpacing}em`,
    '--word-gap': `${appearance.wordSpacing}em`,
    '--paragraph-gap': `${appearance.paragraphSpacing}em`,
  };
}
