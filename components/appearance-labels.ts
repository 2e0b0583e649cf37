import type { Appearance, FontChoice, LineFocusLines, NumericAppearance, ThemeChoice } from '../core/settings/appearance';
import type { MessageKey, Translate } from './i18n';

export const THEME_LABELS: Record<ThemeChoice, MessageKey> = {
  system: 'themeSystem',
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
  contrast: 'themeContrast',
};

export const FONT_LABELS: Record<FontChoice, MessageKey> = {
  serif: 'fontSerif',
  sans: 'fontSans',
  mono: 'fontMono',
  hyperlegible: 'fontHyperlegible',
};

export const NUMBER_LABELS: Record<NumericAppearance, MessageKey> = {
  fontSize: 'appearanceFontSize',
  lineHeight: 'appearanceLineHeight',
  contentWidth: 'appearanceContentWidth',
  letterSpacing: 'appearanceLetterSpacing',
  wordSpacing: 'appearanceWordSpacing',
  paragraphSpacing: 'appearanceParagraphSpacing',
};

export const LINE_FOCUS_LABELS: Record<LineFocusLines, MessageKey> = { 1: 'lineFocusOne', 3: 'lineFocusThree', 5: 'lineFocusFive' };

/** The reading ruler's state in words: "3 lines", or "Off". */
export function describeLineFocus(appearance: Appearance, t: Translate): string {
  return appearance.lineFocus ? t(LINE_FOCUS_LABELS[appearance.lineFocusLines]) : t('lineFocusOff');
}

/** A number as a reader would say it: pixels, characters, a share of the text size. */
export function describeValue(key: NumericAppearance, value: number, t: Translate): string {
  switch (key) {
    case 'fontSize':
      return t('valuePixels', value);
    case 'lineHeight':
      return t('valueLines', value);
    case 'contentWidth':
      // An em holds about two characters of running text.
      return t('valueCharacters', value * 2);
    default:
      return t('valuePercent', Math.round(value * 100));
  }
}

/** What a screen reader is told after a change, such as "Theme: Dark"; nothing if nothing changed. */
export function describeChange(before: Appearance, after: Appearance, t: Translate): string | undefined {
  const said: string[] = [];
  if (before.theme !== after.theme) said.push(t('announceSetting', t('appearanceTheme'), t(THEME_LABELS[after.theme])));
  if (before.font !== after.font) said.push(t('announceSetting', t('appearanceFont'), t(FONT_LABELS[after.font])));
  if (before.lineFocus !== after.lineFocus || (after.lineFocus && before.lineFocusLines !== after.lineFocusLines)) {
    said.push(t('announceSetting', t('readerLineFocus'), describeLineFocus(after, t)));
  }
  for (const key of Object.keys(NUMBER_LABELS) as NumericAppearance[]) {
    if (before[key] !== after[key]) said.push(t('announceSetting', t(NUMBER_LABELS[key]), describeValue(key, after[key], t)));
  }
  return said.length > 0 ? said.join('. ') : undefined;
}
