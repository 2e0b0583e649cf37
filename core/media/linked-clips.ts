import { PLAYER_FAMILIES } from '../players';
import type { FoundMedia, MediaFinder } from './types';
import { parseUrl } from '../web-address';
import { playerClip } from './player-clip';
import { collapseWhitespace } from '../collapse-whitespace';

/** Addresses of a clip's own page on a player's site, with the family they belong to. */
const CLIP_PAGES = PLAYER_FAMILIES.flatMap((family) => (family.clipPages ?? []).map((page) => ({ family: family.name, ...page })));
/** Links that may be one of those, picked natively before any address is parsed: wiki pages hold thousands of links. */
const CLIP_LINKS = CLIP_PAGES.map((page) => `a[href*="${page.linkHint}"]`).join(', ');
/** Where the article's own text is; links elsewhere (related videos, menus) are not its clips. */
const ARTICLE_TEXT = '[itemprop="articleBody"], article, main';
/** More linked clips than an article discusses: the rest are a list of links, not its clips. */
const MAX_LINKED_CLIPS = 5;

/**
 * Clips the article's text links to on their player's own site (a YouTube watch page, an SVT Play
 * video). The link stays a link in the reader; the clip is listed in the transcript panel.
 */
export const findLinkedClips: MediaFinder = (root, page) => {
  const text = root.querySelector(ARTICLE_TEXT);
  if (!text) return [];
  const found = new Map<string, FoundMedia>();
  for (const link of Array.from(text.querySelectorAll(CLIP_LINKS))) {
    const url = parseUrl(link.getAttribute('href'), page.baseUrl);
    const clip = url && CLIP_PAGES.find((candidate) => candidate.host.test(url.hostname));
    const videoId = url && clip?.clipId(url);
    if (!clip || !videoId || found.has(`${clip.family}:${videoId}`)) continue;
    const title = collapseWhitespace(link.getAttribute('title') ?? link.textContent ?? '') || undefined;
    found.set(`${clip.family}:${videoId}`, { ref: playerClip(page, { family: clip.family, videoId, title }) });
    if (found.size >= MAX_LINKED_CLIPS) break;
  }
  return [...found.values()];
};
