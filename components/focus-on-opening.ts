/**
 * Moves focus to the title as the reader opens, where a screen reader starts reading. The focus
 * ring shows only when the reader was opened from the keyboard: after a click, browsers count
 * focus moved by a script as keyboard focus and ring a title nobody tabbed to. It comes back on
 * the first key pressed there, and for good once focus moves on.
 */
export function focusOnOpening(heading: HTMLElement | null, fromKeyboard: boolean): void {
  if (!heading) return;
  if (!fromKeyboard) {
    heading.setAttribute('data-quiet-focus', '');
    const ringAgain = () => heading.removeAttribute('data-quiet-focus');
    heading.addEventListener('keydown', ringAgain, { once: true });
    heading.addEventListener('blur', ringAgain, { once: true });
  }
  heading.focus();
}
