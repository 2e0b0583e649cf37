import type { PlayerFamily } from './player-shells';
import type { FoundMedia, MediaFinder } from './types';

/** Addresses of a clip's own page on a player's site: the family, and where its id sits. */
const CLIP_PAGES: readonly { family: PlayerFamily; host: RegExp; id(url: URL): string | null | undefined }[] = [
  // youtube.com/watch?v=ID, youtube.com/shorts/ID, youtu.be/ID
  { family: 'youtube', host: /^(?:www\.|m\.)?youtube\.com$/, id: (url) => (url.pathname === '/watch' ? url.searchParams.get('v') : /^\/shorts\/([\w-]{11})/.exec(url.pathname)?.[1]) },
  { family: 'youtube', host: /^youtu\.be$/, id: (url) => /^\/([\w-]{11})$/.exec(url.pathname)?.[1] },
  // www.svtplay.se/video/ID/slug
  { family: 'svt', host: /^(?:www\.)?svtplay\.se$/, id: (url) => /^\/video\/([\w-]+)/.exec(url.pathname)?.[1] },
];
/** Links that may be one of those, picked natively before any address is parsed: wiki pages hold thousands of links. */
const CLIP_LINKS = 'a[href*="youtube.com/"], a[href*="youtu.be/"], a[href*="svtplay.se/video/"]';
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
    let url: URL;
    try {
      url = new URL(link.getAttribute('href') ?? '', page.baseUrl);
    } catch {
      continue;
    }
    const clip = CLIP_PAGES.find((candidate) => candidate.host.test(url.hostname));
    const videoId = clip?.id(url);
    if (!clip || !videoId || found.has(`${clip.family}:${videoId}`)) continue;
    const title = (link.getAttribute('title') ?? link.textContent ?? '').replace(/\s+/g, ' ').trim() || undefined;
    found.set(`${clip.family}:${videoId}`, { ref: { source: 'player', mediaType: 'video', family: clip.family, videoId, title, pageUrl: page.pageUrl, pageLang: page.pageLang, tracks: [] } });
    if (found.size >= MAX_LINKED_CLIPS) break;
  }
  return [...found.values()];
};
