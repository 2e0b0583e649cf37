import { useEffect, useRef } from 'preact/hooks';

/**
 * While `active`, a press anywhere but inside the given elements calls `onOutside` (menus and
 * panels close so). It listens on the elements' root, which may be the reader's shadow root, and
 * reads the event's composed path, so presses inside nested shadow trees count as inside.
 */
export function usePressOutside(active: boolean, inside: () => readonly (Element | null | undefined)[], onOutside: () => void): void {
  // The latest of both, without listening again on every render.
  const latest = useRef({ inside, onOutside });
  latest.current = { inside, onOutside };
  useEffect(() => {
    if (!active) return;
    const root = latest.current.inside().find(Boolean)?.getRootNode() as Document | ShadowRoot | undefined;
    const onPress = (event: Event) => {
      const path = event.composedPath();
      if (!latest.current.inside().some((element) => element && path.includes(element))) latest.current.onOutside();
    };
    root?.addEventListener('pointerdown', onPress);
    return () => root?.removeEventListener('pointerdown', onPress);
  }, [active]);
}
