import { useCallback, useState } from 'preact/hooks';

/** Each floating panel's element id: the Text and colours button names its panel with `aria-controls`. */
export const PANEL_IDS = {
  page: 'legible-page-panel',
  appearance: 'legible-appearance-panel',
  shortcuts: 'legible-shortcuts',
  export: 'legible-export',
} as const;
export type PanelName = keyof typeof PANEL_IDS;
/** The panel open over the article, the button it hangs from, and where focus goes back to. */
type OpenPanel = { name: PanelName; anchor: HTMLElement; returnFocusTo?: HTMLElement | null };

/**
 * Which floating panel is open: one at a time, so opening one closes any other, and its own
 * button closes it again. FloatingPanel does the showing and the returning of focus.
 */
export function usePanelDisclosure() {
  const [open, setOpen] = useState<OpenPanel | null>(null);
  const toggle = (name: PanelName, anchor: HTMLElement, returnFocusTo?: HTMLElement | null) =>
    setOpen((current) => (current?.name === name ? null : { name, anchor, returnFocusTo }));
  const close = useCallback(() => setOpen(null), []);
  /** What FloatingPanel takes: no anchor while the panel is closed. */
  const panelProps = (name: PanelName) => ({
    id: PANEL_IDS[name],
    anchor: open?.name === name ? open.anchor : null,
    returnFocusTo: open?.returnFocusTo,
    onClose: close,
  });
  return { anyOpen: open !== null, isOpen: (name: PanelName) => open?.name === name, toggle, close, panelProps };
}

export type PanelDisclosure = ReturnType<typeof usePanelDisclosure>;
