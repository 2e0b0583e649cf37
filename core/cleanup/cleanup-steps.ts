import { findPlayerShells, isDeadPlayer } from '../media/player-shells';
import { canHide, hasLongText } from './guards';
import { HIDDEN_ATTRIBUTE } from './hidden-attribute';
import { collectNoticeLines, pickNotices, type NoticeLines } from './notice-lines';
import { outermost } from './outermost';
import { restoreImages, salvageImages } from './salvage-images';
import { findEmptyWidgets } from './script-widgets';

export { HIDDEN_ATTRIBUTE };

/** Why an element was hidden; the value of its `data-legible-hidden` attribute. */
export type HiddenReason = 'js-notice' | 'dead-player' | 'script-widget' | 'duplicate-image';

export type CleanupOptions = {
  /** Whether the page's own scripts are off; players and widgets count as dead only then. */
  scriptsOff: boolean;
  /** Load the images a lazy-loading script would have (page scripts off only). */
  salvage: boolean;
  /** Whether the page's text mentions JavaScript as a notice would, where the caller already knows. */
  textHint?: boolean;
  signal?: AbortSignal;
};

export type CleanupResult = {
  hidden: Element[];
  salvaged: Element[];
  /** Elements a rule picked that a guard kept, since they hold the page's content. */
  kept: Element[];
  /** Shows and puts back everything this run changed. */
  undo(): void;
};

/**
 * Marks what cannot work without the page's scripts as hidden (dead players, empty widgets; page
 * scripts off only), and shows the images only a script would have loaded. The one stylesheet the
 * sentinel ships hides marked elements; nothing is removed, and `undo` (or aborting `signal`) puts
 * the page back as it was. Notices come after (`findNoticeLines`): they need the phrase table,
 * which the background holds.
 */
export function hideDeadParts(doc: Document, options: CleanupOptions): CleanupResult {
  const picked = new Map<Element, HiddenReason>();
  const salvaged: Element[] = [];
  const body = doc.body;
  if (body && options.scriptsOff && !options.signal?.aborted) {
    for (const player of findDeadPlayers(body, true)) picked.set(player, 'dead-player');
    for (const widget of findEmptyWidgets(body)) picked.set(widget, 'script-widget');
    if (options.salvage) {
      const images = salvageImages(body);
      salvaged.push(...images.salvaged);
      for (const copy of images.duplicates) picked.set(copy, 'duplicate-image');
    }
  }
  return applyHiding(picked, salvaged, options.signal);
}

/**
 * The lines that may be notices, for the background to judge (`hideNotices` hides what it finds).
 * Read after `hideDeadParts`, so lines inside what is now hidden go with it (a notice inside a
 * dead player).
 */
export function findNoticeLines(doc: Document, options: CleanupOptions): NoticeLines {
  return doc.body && !options.signal?.aborted
    ? collectNoticeLines(doc.body, options.scriptsOff, options.textHint)
    : { lines: [], elements: [] };
}

/**
 * Hides the notices among `lines`, given the judge's answer for each line (notice-judge.ts). What
 * an earlier pass hid inside a notice (an empty player in a no-script box) is shown again and
 * left out of its counts: the notice hides it, and one element is one thing to undo.
 */
export function hideNotices(
  lines: NoticeLines,
  noticeLayers: readonly number[],
  earlier: readonly CleanupResult[],
  signal?: AbortSignal,
): CleanupResult {
  const picked = new Map<Element, HiddenReason>();
  if (!signal?.aborted) for (const notice of pickNotices(lines, noticeLayers)) picked.set(notice, 'js-notice');
  const notices = applyHiding(picked, [], signal);
  for (const result of earlier) {
    const inside = result.hidden.filter((element) => notices.hidden.some((notice) => notice !== element && notice.contains(element)));
    restoreHidden(inside);
    result.hidden = result.hidden.filter((element) => !inside.includes(element));
  }
  return notices;
}

/**
 * The later look a page with its scripts on gets, once its players have had time to load: shells
 * still empty then had their player script blocked.
 */
export function hideLateDeadPlayers(doc: Document, signal?: AbortSignal): CleanupResult {
  const picked = new Map<Element, HiddenReason>();
  if (doc.body && !signal?.aborted) {
    for (const player of findDeadPlayers(doc.body, false)) picked.set(player, 'dead-player');
  }
  return applyHiding(picked, [], signal);
}

/**
 * Dead players. With page scripts on, a player counts as dead only when its script never came:
 * its custom element was never defined, or it shows nothing at all (a click-to-play facade with a
 * poster is alive).
 */
function findDeadPlayers(root: Element, scriptsOff: boolean): Element[] {
  return findPlayerShells(root).filter((element) => {
    if (element.hasAttribute(HIDDEN_ATTRIBUTE) || !isDeadPlayer(element)) return false;
    if (scriptsOff) return true;
    const undefinedCustomElement = element.localName.includes('-') && !element.matches(':defined');
    return undefinedCustomElement || (!element.querySelector('img, picture, svg, canvas, button') && !hasShownText(element));
  });
}

/** Whether any text in `element` shows: a <noscript>'s raw markup (page scripts on) does not. */
function hasShownText(element: Element): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue?.trim() && !node.parentElement?.closest('noscript, script, style, template')) return true;
  }
  return false;
}

function applyHiding(picked: Map<Element, HiddenReason>, salvaged: Element[], signal?: AbortSignal): CleanupResult {
  const hidden: Element[] = [];
  const kept: Element[] = [];
  // A notice inside a dead player goes with the player.
  for (const element of outermost(picked.keys())) {
    const reason = picked.get(element)!;
    // Nothing that holds the article is hidden, whichever rule picked it.
    if (!canHide(element) || hasLongText(element)) kept.push(element);
    else {
      element.setAttribute(HIDDEN_ATTRIBUTE, reason);
      hidden.push(element);
    }
  }
  const undo = () => {
    restoreHidden(hidden);
    restoreImages(salvaged);
  };
  signal?.addEventListener('abort', undo, { once: true });
  return { hidden, salvaged, kept, undo };
}

/** Shows the given hidden elements again. */
export function restoreHidden(elements: Iterable<Element>): void {
  for (const element of elements) element.removeAttribute(HIDDEN_ATTRIBUTE);
}
