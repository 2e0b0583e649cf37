import { useEffect, useState } from 'preact/hooks';

type Props = {
  /** The reader's scrolling box, whose visible part the ruler covers. */
  scroller: HTMLElement | null;
  lines: number;
  /** One line of body text, in CSS pixels. */
  lineHeightPx: number;
  /** Moves the clear band: a step of lines down (positive) or up; 0 to leave it. */
  step: { lines: number; at: number };
};

/** Where the band starts, as a share of the visible height: a reading eye rests about a third down. */
const START_AT = 0.3;
/** Beyond these shares of the height, a step scrolls the text instead of moving the band. */
const TOP_LIMIT = 0.15;
const BOTTOM_LIMIT = 0.7;

/**
 * A reading ruler: the text above and below a band of a few lines is dimmed. The band follows the
 * pointer, and arrow keys move it a line at a time, scrolling the text when it nears an edge.
 * It is drawn over the text and hidden from assistive technology, which reads the text as it is.
 */
export function LineFocus({ scroller, lines, lineHeightPx, step }: Props) {
  const bandHeight = lines * lineHeightPx;
  const [bandTop, setBandTop] = useState(() => Math.round((scroller?.clientHeight ?? 600) * START_AT));

  useEffect(() => {
    if (!scroller) return;
    const follow = (event: PointerEvent) => setBandTop(Math.max(0, event.clientY - bandHeight / 2));
    scroller.addEventListener('pointermove', follow);
    return () => scroller.removeEventListener('pointermove', follow);
  }, [scroller, bandHeight]);

  useEffect(() => {
    if (!scroller || step.lines === 0) return;
    const height = scroller.clientHeight;
    const moved = bandTop + step.lines * lineHeightPx;
    if (moved + bandHeight > height * BOTTOM_LIMIT || moved < height * TOP_LIMIT)
      scroller.scrollBy({ top: step.lines * lineHeightPx, behavior: 'instant' });
    else setBandTop(moved);
  }, [step]);

  return (
    <div class="line-focus" aria-hidden="true">
      <div class="line-focus-mask" style={{ top: 0, height: `${bandTop}px` }} />
      <div class="line-focus-band" style={{ top: `${bandTop}px`, height: `${bandHeight}px` }} />
      <div class="line-focus-mask" style={{ top: `${bandTop + bandHeight}px`, bottom: 0 }} />
    </div>
  );
}
