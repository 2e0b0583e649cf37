import type { Page } from 'puppeteer-core';
import { evaluateIn } from './browser-driver/evaluate';

/** The reader's floating panels, by the name of the control that opens them. */
export const READER_PANELS = {
  'Text and colours': 'legible-appearance-panel',
  'This page': 'legible-page-panel',
  'Save or copy': 'legible-export',
  'Keyboard shortcuts': 'legible-shortcuts',
} as const;
export type ReaderPanelName = keyof typeof READER_PANELS;

/**
 * Opens a panel as a click would: Text and colours from its toolbar button, the others from the
 * More menu. Resolves to the panel's id once the browser shows it in the top layer.
 */
export async function openReaderPanel(page: Page, name: ReaderPanelName): Promise<string> {
  const id = READER_PANELS[name];
  await evaluateIn(
    page,
    (label: string, panelId: string) => {
      const root = document.querySelector('legible-reader')!.shadowRoot!;
      if (root.getElementById(panelId)?.matches(':popover-open')) return;
      const bar = root.querySelector('[role="toolbar"]')!;
      const byName = (selector: string) =>
        Array.from(bar.querySelectorAll<HTMLButtonElement>(selector)).find((b) => b.textContent === label);
      const onBar = byName(':scope > button');
      if (onBar) return onBar.click();
      bar.querySelector<HTMLButtonElement>('.menu-button > button')!.click();
      const item = byName('[role="menuitem"]');
      if (!item) throw new Error(`No menu item "${label}"`);
      item.click();
    },
    name,
    id,
  );
  return id;
}

/** Opens or closes the toolbar's More menu with a click on its button. */
export function toggleMoreMenu(page: Page): Promise<void> {
  return evaluateIn(page, () =>
    document
      .querySelector('legible-reader')!
      .shadowRoot!.querySelector<HTMLButtonElement>('[role="toolbar"] .menu-button > button')!
      .click(),
  );
}

/** The id of the panel the reader shows now, or null. */
export function shownReaderPanel(page: Page): Promise<string | null> {
  return evaluateIn(page, () => document.querySelector('legible-reader')!.shadowRoot!.querySelector(':popover-open')?.id ?? null);
}
