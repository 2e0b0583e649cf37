import { safeDecode } from '../safe-decode';
import { evenHeadingLevels, mendDefinitionLists } from './mend-structure';
import { parseUrl } from '../web-address';

/**
 * Mends faults the page's own markup brings into the reader, where they can be mended without
 * guessing at the author's meaning: a picture with no alt attribute gets its title or an empty
 * one (rather than its file name read aloud), a link that goes nowhere stops being one, a link
 * with no name gets one (its title, its image's title, else where it goes), a role that does not
 * belong in a static article goes, and headings and definition lists follow their rules
 * (mend-structure.ts). Other readers carry these faults over as they are; a screen reader would
 * announce "link" and nothing more, or a button that does nothing.
 */

/**
 * Roles an article may keep: what a document's parts are. Widgets (button, tab, menu…) need the
 * page's scripts, which the reader does not run, and landmarks (navigation, main, banner…) would
 * stand beside the reader's own.
 */
const DOCUMENT_ROLES = new Set([
  'img',
  'figure',
  'note',
  'math',
  'term',
  'definition',
  'list',
  'listitem',
  'table',
  'row',
  'rowgroup',
  'cell',
  'columnheader',
  'rowheader',
  'heading',
  'paragraph',
  'blockquote',
  'caption',
  'code',
  'deletion',
  'insertion',
  'emphasis',
  'strong',
  'subscript',
  'superscript',
  'time',
]);

/** Elements whose own role a page's `role` must not change: links, headings, lists, tables and media carry their meaning. */
const NATIVE_MEANING =
  'a[href], h1, h2, h3, h4, h5, h6, ul, ol, li, dl, table, tr, td, th, img[alt]:not([alt=""]), video, audio, blockquote, pre, code';

/** Digital publishing roles (footnotes, endnotes, back links) are kept where they mark footnotes. */
const isPublishingRole = (role: string) => role.startsWith('doc-');

export type MendCounts = {
  altTexts: number;
  deadLinks: number;
  namedLinks: number;
  droppedRoles: number;
  headings: number;
  definitionLists: number;
};

/** Mends `root` in place; returns what it mended. Pictures come before links, whose names may come from them. */
export function mendMarkup(root: ParentNode, pageUrl: string): MendCounts {
  return {
    altTexts: giveImagesAlt(root),
    deadLinks: unlinkDeadLinks(root),
    namedLinks: nameNamelessLinks(root, pageUrl),
    droppedRoles: dropMisplacedRoles(root),
    headings: evenHeadingLevels(root),
    definitionLists: mendDefinitionLists(root),
  };
}

/** A picture with no alt attribute: its title where it has one, else none (a screen reader would read its file name). */
function giveImagesAlt(root: ParentNode): number {
  const bare = Array.from(root.querySelectorAll('img:not([alt])'));
  for (const image of bare) image.setAttribute('alt', image.getAttribute('title')?.trim() ?? '');
  return bare.length;
}

/** A link to "#" only did something with the page's scripts; it stays as what it holds. */
function unlinkDeadLinks(root: ParentNode): number {
  const dead = Array.from(root.querySelectorAll('a[href="#"], a[href=""]'));
  for (const link of dead) link.removeAttribute('href');
  return dead.length;
}

function nameNamelessLinks(root: ParentNode, pageUrl: string): number {
  let named = 0;
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    if (hasName(link)) continue;
    const name = link.getAttribute('title')?.trim() || addressText(link.getAttribute('href') ?? '', pageUrl);
    if (!name) continue;
    link.setAttribute('aria-label', name);
    named++;
  }
  return named;
}

/** Whether a screen reader has words for the link: its text, an image's alt text inside, or its own label. */
function hasName(link: Element): boolean {
  if ((link.textContent ?? '').trim()) return true;
  if (link.getAttribute('aria-label')?.trim() || link.getAttribute('aria-labelledby')?.trim()) return true;
  return Array.from(link.querySelectorAll('img[alt], svg[aria-label], [role="img"][aria-label]')).some((image) =>
    (image.getAttribute('alt') ?? image.getAttribute('aria-label') ?? '').trim(),
  );
}

/** Where a link goes, in words a listener can use: "example.org/2024/ice", or the page's own part. */
function addressText(href: string, pageUrl: string): string {
  const url = parseUrl(href, pageUrl);
  if (!url) return '';
  if (href.startsWith('#')) return safeDecode(href.slice(1)).replace(/[-_]+/g, ' ').trim();
  const path = safeDecode(url.pathname).replace(/\/$/, '');
  const shown = `${url.hostname.replace(/^www\./, '')}${path}`;
  return shown.length > 80 ? `${shown.slice(0, 79)}…` : shown;
}

function dropMisplacedRoles(root: ParentNode): number {
  let dropped = 0;
  for (const element of Array.from(root.querySelectorAll('[role]'))) {
    if (keepsRole((element.getAttribute('role') ?? '').trim().toLowerCase().split(/\s+/)[0] ?? '', element)) continue;
    element.removeAttribute('role');
    dropped++;
  }
  return dropped;
}

function keepsRole(role: string, element: Element): boolean {
  if (isPublishingRole(role)) return true;
  // A layout table or a decorative picture may stay out of the way, unless it is a link or says something.
  if (role === 'presentation' || role === 'none') return !element.matches('a[href], img[alt]:not([alt=""]), [tabindex]');
  return DOCUMENT_ROLES.has(role) && !element.matches(NATIVE_MEANING);
}
