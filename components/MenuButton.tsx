import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import { usePressOutside } from './use-press-outside';

/** A menu's item; it is told the menu's button, where a panel it opens anchors. */
export type MenuItem = { key: string; label: string; onSelect(menuButton: HTMLElement): void };

type Props = {
  label: string;
  items: readonly MenuItem[];
  class?: string;
  /** What the button shows, where not its label alone (an icon and the label). */
  content?: ComponentChildren;
  /** Its place in a toolbar's roving tab order. */
  tabIndex?: number;
  title?: string;
};

/**
 * A button that opens a menu, as the ARIA Authoring Practices' menu button does: Enter, Space
 * or Down open it on its first item, Up on its last; arrows, Home and End move through the
 * items; Escape closes it and puts focus back on the button; choosing an item, Tab or a click
 * outside closes it.
 */
export function MenuButton({ label, items, class: className, content, tabIndex, title }: Props) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const itemButtons = () => Array.from(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []);

  const openAt = (which: 'first' | 'last') => {
    setOpen(true);
    // Focus moves once the menu shows.
    queueMicrotask(() => {
      const all = itemButtons();
      (which === 'first' ? all[0] : all.at(-1))?.focus();
    });
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  usePressOutside(
    open,
    () => [menuRef.current, buttonRef.current],
    () => setOpen(false),
  );

  // Enter and Space click the button, which opens the menu on its first item.
  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') openAt('first');
    else if (event.key === 'ArrowUp') openAt('last');
    else return;
    event.preventDefault();
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const all = itemButtons();
    const at = all.indexOf(event.target as HTMLButtonElement);
    const moveTo = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') moveTo(at + 1);
    else if (event.key === 'ArrowUp') moveTo(at - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(all.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <span class={`menu-button ${className ?? ''}`.trim()}>
      <button
        type="button"
        ref={buttonRef}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={onButtonKey}
        tabIndex={tabIndex}
        title={title}
      >
        {content ?? label}
      </button>
      <ul class="menu" id={menuId} role="menu" aria-label={label} ref={menuRef} hidden={!open} onKeyDown={onMenuKey}>
        {items.map((item) => (
          <li key={item.key} role="none">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                close(true);
                item.onSelect(buttonRef.current!);
              }}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </span>
  );
}
