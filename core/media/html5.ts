import { absoluteUrl } from '../web-address';
import type { MediaFinder, PageCaptionFile } from './types';
import { collapseWhitespace } from '../collapse-whitespace';

/** The page's RSS feed, where a podcast's episodes list their transcripts. */
const FEED_LINK = 'link[rel~="alternate" i][type="application/rss+xml" i][href]';

/** `<video>` and `<audio>` elements, with their captions and subtitles tracks, and for audio the page's podcast feed. */
export const findHtml5Media: MediaFinder = (root, page) => {
  const feedUrl = absoluteUrl(root.querySelector(FEED_LINK)?.getAttribute('href') ?? null, page.baseUrl);
  return Array.from(root.querySelectorAll('video, audio'), (element) => {
    const isAudio = element.localName === 'audio';
    const mediaUrl = absoluteUrl(
      element.getAttribute('src') ?? element.querySelector('source[src]')?.getAttribute('src') ?? null,
      page.baseUrl,
    );
    return {
      element,
      ref: {
        source: 'html5' as const,
        mediaType: isAudio ? ('audio' as const) : ('video' as const),
        title: clipTitle(element),
        pageUrl: page.pageUrl,
        pageLang: page.pageLang,
        poster: absoluteUrl(element.getAttribute('poster'), page.baseUrl),
        tracks: captionTracks(element, page.baseUrl),
        ...(isAudio && feedUrl ? { feedUrl, ...(mediaUrl ? { mediaUrl } : {}) } : {}),
      },
    };
  });
};

function captionTracks(media: Element, baseUrl: string): PageCaptionFile[] {
  const tracks: PageCaptionFile[] = [];
  for (const track of Array.from(media.querySelectorAll('track'))) {
    // A track without kind is subtitles by the HTML spec; chapters and metadata are not words.
    const kind = (track.getAttribute('kind') ?? 'subtitles').trim().toLowerCase() || 'subtitles';
    if (kind !== 'captions' && kind !== 'subtitles') continue;
    const url = absoluteUrl(track.getAttribute('src'), baseUrl);
    if (!url) continue;
    tracks.push({
      url,
      kind,
      lang: track.getAttribute('srclang')?.trim() || undefined,
      label: track.getAttribute('label')?.trim() || undefined,
      isDefault: track.hasAttribute('default'),
    });
  }
  return tracks;
}

/** The clip's own name, else its figure's caption. */
function clipTitle(media: Element): string | undefined {
  const own = media.getAttribute('title') ?? media.getAttribute('aria-label');
  if (own?.trim()) return own.trim();
  const caption = media.closest('figure')?.querySelector('figcaption')?.textContent;
  return (caption && collapseWhitespace(caption)) || undefined;
}
