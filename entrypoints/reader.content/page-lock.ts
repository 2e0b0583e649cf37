/**
 * What the modal reader changes on the page while it is open, and puts back on close: the page
 * is inert and does not scroll, and focus and scroll position return where they were.
 */
export function lockPage(doc: Document): () => void {
  const win = doc.defaultView!;
  const body = doc.body;
  const focused = doc.activeElement instanceof HTMLElement ? doc.activeElement : undefined;
  const scroll = { x: win.scrollX, y: win.scrollY };
  const bodyWasInert = body?.inert ?? false;

  if (body) body.inert = true;
  const restoreStyles = [
    overrideStyle(doc.documentElement, 'overflow', 'hidden'),
    // The overlay covers the whole page, so the page need not be laid out or painted behind it:
    // on long pages that is much of the time the reader takes to appear.
    ...(body ? [overrideStyle(body, 'content-visibility', 'hidden')] : []),
  ];

  return () => {
    if (body) body.inert = bodyWasInert;
    for (const restore of restoreStyles) restore();
    win.scrollTo(scroll.x, scroll.y);
    focused?.focus({ preventScroll: true });
  };
}

/** Sets one inline style property with `!important`; the returned function puts back what the page had. */
function overrideStyle(element: HTMLElement, property: string, value: string): () => void {
  const previous = element.style.getPropertyValue(property);
  const priority = element.style.getPropertyPriority(property);
  const hadStyleAttribute = element.hasAttribute('style');
  element.style.setProperty(property, value, 'important');
  return () => {
    if (previous) element.style.setProperty(property, previous, priority);
    else element.style.removeProperty(property);
    if (!hadStyleAttribute && element.getAttribute('style') === '') element.removeAttribute('style');
  };
}
