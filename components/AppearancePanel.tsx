import {
  APPEARANCE_RANGES,
  DEFAULT_APPEARANCE,
  FONTS,
  LINE_FOCUS_LINES,
  stepAppearance,
  THEMES,
  type Appearance,
  type NumericAppearance,
} from '../core/settings/appearance';
import { describeValue, FONT_LABELS, LINE_FOCUS_LABELS, NUMBER_LABELS, THEME_LABELS } from './appearance-labels';
import { useTranslate } from './i18n';

type Props = {
  appearance: Appearance;
  onChange(next: Appearance): void;
  /** Makes the ids unique where the panel appears more than once on a page. */
  idPrefix: string;
};

/**
 * Theme, font and spacing. Native controls only: a radio group, a select and sliders come with
 * their keyboard behaviour and their roles, in every browser and screen reader.
 */
export function AppearancePanel({ appearance, onChange, idPrefix }: Props) {
  const t = useTranslate();
  const set = <K extends keyof Appearance>(key: K, value: Appearance[K]) => onChange({ ...appearance, [key]: value });
  return (
    <div class="appearance">
      <fieldset class="themes">
        <legend>{t('appearanceTheme')}</legend>
        {THEMES.map((theme) => (
          <label key={theme} class="choice" data-theme-choice={theme}>
            <input
              type="radio"
              name={`${idPrefix}-theme`}
              value={theme}
              checked={appearance.theme === theme}
              onChange={() => set('theme', theme)}
            />
            {t(THEME_LABELS[theme])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('readerLineFocus')}</legend>
        {([0, ...LINE_FOCUS_LINES] as const).map((lines) => (
          <label key={lines} class="choice">
            <input
              type="radio"
              name={`${idPrefix}-line-focus`}
              value={lines}
              checked={lines === 0 ? !appearance.lineFocus : appearance.lineFocus && appearance.lineFocusLines === lines}
              onChange={() =>
                onChange(lines === 0 ? { ...appearance, lineFocus: false } : { ...appearance, lineFocus: true, lineFocusLines: lines })
              }
            />
            {t(lines === 0 ? 'lineFocusOff' : LINE_FOCUS_LABELS[lines])}
          </label>
        ))}
        <p class="hint">{t('lineFocusHint')}</p>
      </fieldset>
      <div class="field">
        <label for={`${idPrefix}-font`}>{t('appearanceFont')}</label>
        <select
          id={`${idPrefix}-font`}
          value={appearance.font}
          onChange={(event) => set('font', FONTS.find((f) => f === event.currentTarget.value) ?? appearance.font)}
        >
          {FONTS.map((font) => (
            <option key={font} value={font}>
              {t(FONT_LABELS[font])}
            </option>
          ))}
        </select>
      </div>
      {(Object.keys(NUMBER_LABELS) as NumericAppearance[]).map((key) => {
        const id = `${idPrefix}-${key}`;
        const range = APPEARANCE_RANGES[key];
        const said = describeValue(key, appearance[key], t);
        return (
          <div class="field" key={key}>
            <label for={id}>{t(NUMBER_LABELS[key])}</label>
            <input
              id={id}
              type="range"
              min={range.min}
              max={range.max}
              step={range.step}
              value={appearance[key]}
              aria-valuetext={said}
              onInput={(event) => set(key, stepAppearance(Number(event.currentTarget.value), range, 0))}
            />
            <output for={id} aria-hidden="true">
              {said}
            </output>
          </div>
        );
      })}
      <button type="button" class="reset" onClick={() => onChange(structuredClone(DEFAULT_APPEARANCE))}>
        {t('appearanceReset')}
      </button>
    </div>
  );
}
