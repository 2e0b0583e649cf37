import { APPEARANCE_RANGES, stepAppearance, type Appearance } from '../core/settings/appearance';
import { describeChange } from './appearance-labels';
import { useTranslate } from './i18n';
import { useAppearance, type AppearanceStore } from './use-appearance';

type Options = {
  initial: Appearance;
  store: AppearanceStore;
  announce(said: string): void;
  announceSaveFailed(error: string): void;
};

/**
 * The reader's appearance, each change said aloud ("Text size: 24 pixels") as it applies: a
 * setting changed from a key or a slider otherwise changes silently for a screen reader user.
 */
export function useAnnouncedAppearance({ initial, store, announce, announceSaveFailed }: Options) {
  const t = useTranslate();
  const { appearance, change } = useAppearance(initial, store, announceSaveFailed);
  const changeAppearance = (next: Appearance) => {
    const said = describeChange(appearance, next, t);
    change(next);
    if (said) announce(said);
  };
  const stepTextSize = (steps: number) =>
    changeAppearance({ ...appearance, fontSize: stepAppearance(appearance.fontSize, APPEARANCE_RANGES.fontSize, steps) });
  return { appearance, changeAppearance, stepTextSize };
}
