import { useEffect, useRef, useState } from 'preact/hooks';
import type { Appearance, FontChoice } from '../core/settings/appearance';
import { afterDelay } from './after-delay';

/** Where the reader keeps how it looks; tests pass a fake. */
export type AppearanceStore = {
  save(appearance: Appearance): Promise<void>;
  /** Makes a bundled font ready for the page; the system fonts need nothing. */
  loadFont(font: FontChoice): void;
};

/**
 * Quick changes (a slider dragged, a key held) are stored once they settle: browser sync storage
 * allows only so many writes a minute.
 */
export const SAVE_DELAY_MS = 400;

/**
 * The reader's appearance: applied at once, stored a moment later, and stored straight away when
 * the reader closes, so no choice is lost. A failed save leaves the choice on screen and says so.
 */
export function useAppearance(initial: Appearance, store: AppearanceStore, onSaveFailed: (error: string) => void) {
  const [appearance, setAppearance] = useState(initial);
  const unsaved = useRef<Appearance | undefined>(undefined);
  const cancelTimer = useRef<(() => void) | undefined>(undefined);

  const flush = () => {
    cancelTimer.current?.();
    const pending = unsaved.current;
    unsaved.current = undefined;
    if (pending) store.save(pending).catch((error: unknown) => onSaveFailed(error instanceof Error ? error.message : String(error)));
  };
  useEffect(() => flush, []);
  useEffect(() => store.loadFont(appearance.font), [appearance.font]);

  const change = (next: Appearance) => {
    setAppearance(next);
    unsaved.current = next;
    cancelTimer.current?.();
    cancelTimer.current = afterDelay(SAVE_DELAY_MS, flush);
  };
  return { appearance, change };
}
