import { safeDecode } from '../core/safe-decode';

/**
 * A link within the article (a footnote, say) moves within the reader: as a fragment it would
 * scroll the page behind. The sanitizer prefixed the article's ids with "user-content-".
 */
export function followLinkInArticle(event: MouseEvent, content: HTMLElement): void {
  const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
  const id = link?.getAttribute('href')?.slice(1);
  if (!id) return;
  const quoted = safeDecode(id).replace(/["\\]/g, '\\$&');
  const target = content.querySelector<HTMLElement>(`[id="${quoted}"], [id="user-content-${quoted}"]`);
  if (!target) return;
  event.preventDefault();
  moveFocusTo(target);
}

/**
 * Brings a place in the reader into view and focus (a heading, a footnote): what a fragment link
 * would do, which inside the reader would scroll the page behind instead.
 */
export function moveFocusTo(target: HTMLElement | null | undefined): void {
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.scrollIntoView({ block: 'start' });
  target.focus();
}
