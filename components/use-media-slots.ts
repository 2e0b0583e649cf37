import { useLayoutEffect, useState } from 'preact/hooks';
import { MEDIA_SLOT_ATTRIBUTE } from '../core/extract/reader-document';

/**
 * The places in the article's rendered HTML where each clip stood, by clip id: found again
 * whenever the HTML changes, before the browser paints, so each media card shows in its place
 * at once.
 */
export function useMediaSlots(content: { readonly current: HTMLElement | null }, html: string): ReadonlyMap<string, Element> {
  const [slots, setSlots] = useState<Map<string, Element>>(new Map());
  useLayoutEffect(() => {
    const found = content.current?.querySelectorAll(`[${MEDIA_SLOT_ATTRIBUTE}]`) ?? [];
    setSlots(new Map(Array.from(found, (el) => [el.getAttribute(MEDIA_SLOT_ATTRIBUTE)!, el])));
  }, [html]);
  return slots;
}
