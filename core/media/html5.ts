import type { MediaFinder, TrackRef } from './types';

/** `<video>` and `<audio>` elements, with their captions and subtitles tracks. */
export const findHtml5Media: MediaFinder = (root, page) =>
  Array.from(root.querySelectorAll('video, audio'), (element) => ({
    element,
    ref: {
      source: 'html5' as const,
      mediaType: element.localName === 'audio' ? ('audio' as const) : ('video' as const),
      title: clipTitle(element),
      pageUrl: page.pageUrl,
      pageLang: page.pageLang,
      poster: absoluteUrl(element.getAttribute('poster'), page.baseUrl),
      tracks: captionTracks(element, page.baseUrl),
    },
  }));

function captionTracks(media: Element, baseUrl: string): TrackRef[] {
  const tracks: TrackRef[] = [];
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
  return caption?.replace(/\s+/g, ' ').trim() || undefined;
}

function absoluteUrl(value: string | null, baseUrl: string): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    return new URL(value.trim(), baseUrl).href;
  } catch {
    return undefined;
  }
}
