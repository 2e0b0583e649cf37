/**
 * What the modal reader changes on the page while it is open, and puts back on close: the page
 * is inert and does not scroll, and focus and scroll position return where they were.
 */
export function lockPage(doc: Document): () => void {
  const win = doc.defaultView!;
  const body = doc.body;
  const root = doc.documentElement;
  const focused = doc.activeElement instanceof HTMLElement ? doc.activeElement : undefined;
  const scroll = { x: win.scrollX, y: win.scrollY };
  const bodyWasInert = body?.inert ?? false;
  const overflow = root.style.getPropertyValue('overflow');
  const overflowPriority = root.style.getPropertyPriority('overflow');

  if (body) body.inert = true;
  root.style.setProperty('overflow', 'hidden', 'important');

  return () => {
    if (body) body.inert = bodyWasInert;
    if (overflow) root.style.setProperty('overflow', overflow, overflowPriority);
    else root.style.removeProperty('overflow');
    if (root.getAttribute('style') === '') root.removeAttribute('style');
    win.scrollTo(scroll.x, scroll.y);
    focused?.focus({ preventScroll: true });
  };
}
