import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** How far the text must scroll one way before the bar follows, so a trackpad's jitter does not blink it. */
const SCROLL_SLACK_PX = 8;

/**
 * Whether the toolbar is out of the way: it goes when the reader scrolls down past it, and comes
 * back when the reader scrolls up, when a pointer comes to the top, and when a keyboard focuses
 * it. It stays while `keepShown` (a panel or menu is open) and for people who ask for reduced
 * motion, for whom a bar sliding in and out is the motion they asked to be spared.
 */
export function useAutoHideBar(
  scrollerRef: RefObject<HTMLElement | null>,
  barRef: RefObject<HTMLElement | null>,
  keepShown: boolean,
): boolean {
  const [hidden, setHidden] = useState(false);
  const calm = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const stays = keepShown || calm;

  useEffect(() => {
    if (stays) setHidden(false);
    // Refs, not elements in state: the reader opens in one render, not two.
    const [scroller, bar] = [scrollerRef.current, barRef.current];
    if (!scroller || !bar || stays) return;
    let last = scroller.scrollTop;
    // How far the text has scrolled in one direction, down positive, since it last turned.
    let run = 0;
    const onScroll = () => {
      const top = scroller.scrollTop;
      const delta = top - last;
      last = top;
      run = Math.sign(delta) === Math.sign(run) ? run + delta : delta;
      // Near the top, or with its own menu open, the bar stays.
      if (top <= bar.offsetHeight || bar.querySelector('[aria-expanded="true"]')) setHidden(false);
      else if (run >= SCROLL_SLACK_PX) setHidden(true);
      else if (run <= -SCROLL_SLACK_PX) setHidden(false);
    };
    const onPointer = (event: PointerEvent) => {
      if (event.clientY <= bar.offsetHeight) setHidden(false);
    };
    // Focus from the keyboard (a ring shows) brings the bar back; a click's focus left on a button does not keep it.
    const onFocus = () => {
      if (bar.matches(':focus-within') && bar.querySelector(':focus-visible')) setHidden(false);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    scroller.addEventListener('pointermove', onPointer, { passive: true });
    bar.addEventListener('focusin', onFocus);
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      scroller.removeEventListener('pointermove', onPointer);
      bar.removeEventListener('focusin', onFocus);
    };
  }, [stays]);

  return hidden && !stays;
}
