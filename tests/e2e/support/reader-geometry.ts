import type { Page } from 'puppeteer-core';
import { evaluateIn } from '../../../tools/browser-driver';

/** Where the toolbar and its buttons stand on screen, as a person sees them. */
export type BarGeometry = {
  /** Its height, and how much of it shows inside the window. */
  height: number;
  visibleHeight: number;
  /** How many rows its buttons take (their distinct tops). */
  rows: number;
  buttons: { name: string; left: number; right: number; width: number; height: number; labelShown: boolean; title: string }[];
  windowWidth: number;
  direction: string;
};

export function barGeometry(page: Page): Promise<BarGeometry> {
  return evaluateIn(page, () => {
    const bar = document.querySelector('legible-reader')!.shadowRoot!.querySelector<HTMLElement>('[role="toolbar"]')!;
    const box = bar.getBoundingClientRect();
    const buttons = Array.from(bar.querySelectorAll<HTMLButtonElement>(':scope > button, :scope > .menu-button > button'), (button) => {
      const rect = button.getBoundingClientRect();
      const label = button.querySelector('.label')!;
      return {
        name: button.textContent ?? '',
        left: rect.left,
        right: rect.right,
        top: Math.round(rect.top),
        width: rect.width,
        height: rect.height,
        labelShown: label.getBoundingClientRect().width > 1,
        title: button.title,
      };
    });
    return {
      height: box.height,
      visibleHeight: Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0)),
      rows: new Set(buttons.map((b) => b.top)).size,
      buttons: buttons.map(({ top: _top, ...rest }) => rest),
      windowWidth: document.documentElement.clientWidth,
      direction: getComputedStyle(bar).direction,
    };
  });
}

/** Scrolls the reader's text by `by` pixels in steps, as a wheel or a swipe does, and lets the bar settle. */
export async function scrollReader(page: Page, by: number, steps = 6): Promise<void> {
  for (let i = 0; i < steps; i++) {
    await evaluateIn(
      page,
      (step: number) =>
        document.querySelector('legible-reader')!.shadowRoot!.querySelector('.reader')!.scrollBy({ top: step, behavior: 'instant' }),
      by / steps,
    );
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  // The bar slides for 0.2 s where motion is welcome.
  await new Promise((resolve) => setTimeout(resolve, 400));
}

/** Where the article's first paragraph stands on screen. */
export function firstParagraphTop(page: Page): Promise<number> {
  return evaluateIn(
    page,
    () => document.querySelector('legible-reader')!.shadowRoot!.querySelector('.content p')!.getBoundingClientRect().top,
  );
}

/** The shown panel's box on screen and whether it fits the window. */
export function shownPanelBox(
  page: Page,
): Promise<{ id: string; top: number; bottom: number; left: number; right: number; windowWidth: number; windowHeight: number } | null> {
  return evaluateIn(page, () => {
    const panel = document.querySelector('legible-reader')!.shadowRoot!.querySelector(':popover-open');
    if (!panel) return null;
    const rect = panel.getBoundingClientRect();
    return {
      id: panel.id,
      top: rect.top,
      bottom: rect.bottom,
      left: rect.left,
      right: rect.right,
      windowWidth: document.documentElement.clientWidth,
      windowHeight: innerHeight,
    };
  });
}
