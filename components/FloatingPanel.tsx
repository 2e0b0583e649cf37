import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { usePressOutside } from './use-press-outside';

type Props = {
  id: string;
  title: string;
  /** The button the panel opened from: it hangs below it, and focus goes back to it. Closed when absent. */
  anchor: HTMLElement | null;
  /** Where focus goes back to on closing, where not the button (a key opened the panel). */
  returnFocusTo?: HTMLElement | null;
  onClose(): void;
  children: ComponentChildren;
};

/** Narrower than this, a panel is a sheet along the bottom of the screen rather than a dropdown. */
const SHEET_BELOW_PX = 600; // the same width as reader.css's bottom-sheet media query
const GAP_PX = 6;

/**
 * A panel that floats over the article, in the browser's top layer (the `popover` attribute), so
 * opening it moves no text and a change made in it shows at once behind it. It hangs below its
 * button, or sits along the bottom below 600 px; focus moves to its heading as it opens and back
 * to its button as it closes. A press outside it closes it; the reader closes it on Escape.
 *
 * `popover="manual"` rather than `auto`: with `auto` a press on its own button would first dismiss
 * it and then open it again, and Escape would reach the reader too.
 */
export function FloatingPanel({ id, title, anchor, returnFocusTo, onClose, children }: Props) {
  const panelRef = useRef<HTMLElement>(null);
  const open = anchor !== null;
  // Declared first, so that on unmounting it is cleaned up first: a closing reader gives focus back to the page, not here.
  const unmounting = useRef(false);
  useLayoutEffect(() => () => void (unmounting.current = true), []);

  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (!panel || !anchor) return;
    panel.showPopover();
    placeBelow(panel, anchor);
    panel.querySelector<HTMLElement>('h2')?.focus();
    return () => {
      const root = panel.getRootNode() as ShadowRoot | Document;
      const focusWasInside = !root.activeElement || panel.contains(root.activeElement);
      // Hiding one already hidden does nothing; a panel taken out of the document has left the top layer.
      if (panel.isConnected) panel.hidePopover();
      const back = returnFocusTo?.isConnected ? returnFocusTo : anchor;
      if (focusWasInside && !unmounting.current) back.focus();
    };
  }, [anchor]);

  usePressOutside(open, () => [panelRef.current, anchor], onClose);
  useEffect(() => {
    if (!open) return;
    const keepPlaced = () => panelRef.current && anchor && placeBelow(panelRef.current, anchor);
    addEventListener('resize', keepPlaced);
    return () => removeEventListener('resize', keepPlaced);
  }, [open, anchor]);

  return (
    <section id={id} class="panel" popover="manual" aria-labelledby={`${id}-heading`} ref={panelRef}>
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Hangs the panel below its button, its end edge under the button's (its start edge, right to left), kept inside the window. */
function placeBelow(panel: HTMLElement, anchor: HTMLElement): void {
  const view = panel.ownerDocument.documentElement;
  if (view.clientWidth < SHEET_BELOW_PX) {
    panel.style.removeProperty('--panel-top');
    panel.style.removeProperty('--panel-left');
    return;
  }
  const button = anchor.getBoundingClientRect();
  // Below the whole bar where the button sits in one, clear of its edge.
  const below = anchor.closest('[role="toolbar"]')?.getBoundingClientRect().bottom ?? button.bottom;
  const rtl = getComputedStyle(anchor).direction === 'rtl';
  const width = panel.offsetWidth;
  const left = rtl ? button.left : button.right - width;
  panel.style.setProperty('--panel-top', `${Math.ceil(below + GAP_PX / 2)}px`);
  panel.style.setProperty('--panel-left', `${Math.round(Math.min(Math.max(GAP_PX, left), view.clientWidth - width - GAP_PX))}px`);
}
