import { useRef } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAutoHideBar } from '../../../components/use-auto-hide-bar';
import { renderWithI18n, type Rendered } from './render-with-i18n';

/** A scroller with a bar in it, the bar's state written on it as the reader's toolbar shows it. */
function Reader({ keepShown }: { keepShown: boolean }) {
  const scroller = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const hidden = useAutoHideBar(scroller, bar, keepShown);
  return (
    <div class="scroller" ref={scroller}>
      <div class="bar" ref={bar} data-hidden={hidden || undefined}>
        <button type="button">Close</button>
      </div>
    </div>
  );
}

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

function setUp(keepShown = false) {
  rendered = renderWithI18n(<Reader keepShown={keepShown} />);
  const scroller = rendered.container.querySelector<HTMLElement>('.scroller')!;
  const bar = rendered.container.querySelector<HTMLElement>('.bar')!;
  // happy-dom lays nothing out: the bar is 50 px tall, and the text scrolls where the test puts it.
  Object.defineProperty(bar, 'offsetHeight', { value: 50 });
  const scrollTo = (top: number) =>
    act(() => {
      scroller.scrollTop = top;
      scroller.dispatchEvent(new Event('scroll'));
    });
  const isHidden = () => bar.hasAttribute('data-hidden');
  return { scroller, bar, scrollTo, isHidden };
}

describe('useAutoHideBar', () => {
  it('hides the bar once the text has scrolled down past it, and shows it when it scrolls back up', () => {
    const { scrollTo, isHidden } = setUp();
    scrollTo(40);
    expect(isHidden()).toBe(false);
    scrollTo(200);
    expect(isHidden()).toBe(true);
    scrollTo(196); // a trackpad's jitter
    expect(isHidden()).toBe(true);
    scrollTo(150);
    expect(isHidden()).toBe(false);
    scrollTo(30); // near the top it always shows
    expect(isHidden()).toBe(false);
  });

  it('shows the bar when a pointer comes to the top of the window', () => {
    const { scroller, scrollTo, isHidden } = setUp();
    scrollTo(300);
    expect(isHidden()).toBe(true);
    act(() => {
      scroller.dispatchEvent(new PointerEvent('pointermove', { clientY: 400 }));
    });
    expect(isHidden()).toBe(true);
    act(() => {
      scroller.dispatchEvent(new PointerEvent('pointermove', { clientY: 20 }));
    });
    expect(isHidden()).toBe(false);
  });

  it('keeps the bar while a panel is open, and while its own menu is', () => {
    const kept = setUp(true);
    kept.scrollTo(400);
    expect(kept.isHidden()).toBe(false);
    rendered!.unmount();

    const { bar, scrollTo, isHidden } = setUp();
    bar.querySelector('button')!.setAttribute('aria-expanded', 'true');
    scrollTo(400);
    expect(isHidden()).toBe(false);
  });

  it('never hides the bar for people who asked for reduced motion', () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) => ({ matches: query === '(prefers-reduced-motion: reduce)' }) as MediaQueryList,
    );
    const { scrollTo, isHidden } = setUp();
    scrollTo(400);
    expect(isHidden()).toBe(false);
  });
});
