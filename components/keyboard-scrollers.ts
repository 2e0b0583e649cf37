/** Marks the tab stops this module added, so that it takes away only its own. */
const MARK = 'data-legible-scroller';

/**
 * A wide table or a long code block scrolls inside the article; keyboard users reach it with Tab
 * and scroll it with the arrow keys (WCAG 2.1.1), as axe-core's scrollable-region rule asks. Only
 * blocks that do overflow get the tab stop: checked once the reader has opened, and again when
 * the window changes size. Returns the undo.
 */
export function keepScrollersInReach(content: HTMLElement): () => void {
  const check = () => {
    for (const block of Array.from(content.querySelectorAll('pre, table'))) {
      const overflows = block.scrollWidth > block.clientWidth + 1 || block.scrollHeight > block.clientHeight + 1;
      if (overflows && !block.hasAttribute('tabindex')) {
        block.setAttribute('tabindex', '0');
        block.setAttribute(MARK, '');
      } else if (!overflows && block.hasAttribute(MARK)) {
        block.removeAttribute('tabindex');
        block.removeAttribute(MARK);
      }
    }
  };
  check();
  addEventListener('resize', check);
  return () => removeEventListener('resize', check);
}
