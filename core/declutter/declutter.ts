import { HIDDEN_ATTRIBUTE } from './hidden-attribute';
import { findJsNotices } from './js-notices';

export { HIDDEN_ATTRIBUTE };

/** Why an element was hidden; the value of its `data-legible-hidden` attribute. */
export type HiddenReason = 'js-notice';

export type DeclutterResult = { hidden: Element[] };

/**
 * Marks what cannot work without the page's scripts as hidden. The one stylesheet the sentinel
 * ships hides marked elements; nothing is removed, and aborting `signal` shows everything again.
 */
export function declutter(doc: Document, options: { signal?: AbortSignal } = {}): DeclutterResult {
  if (!doc.body || options.signal?.aborted) return { hidden: [] };
  const hidden = findJsNotices(doc.body);
  for (const element of hidden) markHidden(element, 'js-notice');
  options.signal?.addEventListener('abort', () => restoreHidden(hidden), { once: true });
  return { hidden };
}

export function markHidden(element: Element, reason: HiddenReason): void {
  element.setAttribute(HIDDEN_ATTRIBUTE, reason);
}

/** Shows the given hidden elements again. */
export function restoreHidden(elements: Iterable<Element>): void {
  for (const element of elements) element.removeAttribute(HIDDEN_ATTRIBUTE);
}
