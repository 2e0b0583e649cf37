import type { Page } from 'puppeteer-core';
import type { FixedTheme } from '../components/themes';
import { evaluateIn } from './browser-driver/evaluate';

/** Chooses a theme in the open reader's Text and colours panel, as a click would. */
export function chooseTheme(page: Page, theme: FixedTheme | 'system'): Promise<void> {
  return evaluateIn(
    page,
    (value: string) => {
      const root = document.querySelector('legible-reader')!.shadowRoot!;
      root.querySelector<HTMLInputElement>(`[data-theme-choice="${value}"] input`)!.click();
    },
    theme,
  );
}

/** Shows or hides the reader's Text and colours panel from its toolbar button. */
export function toggleAppearancePanel(page: Page): Promise<void> {
  return evaluateIn(page, () => {
    const root = document.querySelector('legible-reader')!.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[aria-controls="legible-appearance-panel"]')!.click();
  });
}

/** The reader's theme and body text size as they apply now. */
export function readAppearance(page: Page): Promise<{ theme: string; fontSize: string; background: string; color: string }> {
  return evaluateIn(page, () => {
    const reader = document.querySelector('legible-reader')!.shadowRoot!.querySelector<HTMLElement>('.reader')!;
    const style = getComputedStyle(reader);
    return { theme: reader.dataset.theme ?? '', fontSize: style.fontSize, background: style.backgroundColor, color: style.color };
  });
}

/** Clicks the button of that name in the open reader, its toolbar or a panel (not the browser's toolbar button). */
export function clickReaderButton(page: Page, name: string): Promise<void> {
  return evaluateIn(
    page,
    (label: string) => {
      const buttons = document.querySelector('legible-reader')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button');
      const button = Array.from(buttons).find((b) => b.textContent === label);
      if (!button) throw new Error(`No reader button "${label}"`);
      button.click();
    },
    name,
  );
}
