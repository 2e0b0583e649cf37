import { parseXml, XmlElement } from '@rgrove/parse-xml';
import { absoluteUrl } from '../../web-address';
import type { MediaRef } from '../../media/types';
import { fail } from '../../result';
import { rankByLanguage } from '../language';
import type { CaptionFormat } from '../types';
import type { ResolvedCaptionFile, ResolveContext, ResolveResult } from './types';

const PODCAST_NAMESPACE = 'https://podcastindex.org/namespace/1.0';
const FEED_TYPES = ['application/rss+xml', 'application/xml', 'text/xml', 'application/atom+xml', 'text/plain'];
/** `<podcast:transcript type>` values and the format each is read as. */
const TRANSCRIPT_FORMATS: Partial<Record<string, CaptionFormat>> = {
  'text/vtt': 'webvtt',
  'application/x-subrip': 'srt',
  'application/srt': 'srt',
  'text/srt': 'srt',
  'application/json': 'podcast-json',
  'text/html': 'html-transcript',
  'text/plain': 'text-transcript',
};
/** Timed formats come first, then the ones with paragraphs only. */
const FORMAT_ORDER: readonly CaptionFormat[] = ['webvtt', 'srt', 'podcast-json', 'html-transcript', 'text-transcript'];

type AudioClip = Extract<MediaRef, { source: 'html5' }>;
type TranscriptTag = ResolvedCaptionFile & { order: number };

/**
 * A podcast episode's transcripts from the show's RSS feed (the page's `<link rel=alternate>`):
 * the `<podcast:transcript>` tags of the item whose enclosure is the page's audio (or whose link
 * is the page), timed formats first, each in the page's or the reader's language where offered.
 */
export async function podcastFeedSources(media: AudioClip, { fetchText, preferredLanguages }: ResolveContext): Promise<ResolveResult> {
  if (!media.feedUrl) return fail('none', 'This clip has no captions track');
  const answer = await fetchText(media.feedUrl, FEED_TYPES);
  if (!answer.ok) return answer.reason === 'not-found' ? fail('none', `The podcast feed is gone: ${answer.detail}`) : answer;
  let channel: XmlElement | undefined;
  let transcriptTag = 'podcast:transcript';
  try {
    const root = parseXml(answer.text.replace(/^\uFEFF/, '')).root;
    channel = childrenNamed(root, 'channel')[0];
    // The namespace, not its usual prefix, makes the tag Podcasting 2.0's.
    const prefix = Object.entries(root?.attributes ?? {})
      .find(([name, value]) => name.startsWith('xmlns:') && value.replace(/\/$/, '') === PODCAST_NAMESPACE)?.[0]
      .slice(6);
    if (prefix) transcriptTag = `${prefix}:transcript`;
  } catch {
    return fail('malformed', 'The podcast feed is not well-formed XML');
  }
  if (!channel) return fail('malformed', 'The podcast feed has no channel');
  const item = childrenNamed(channel, 'item').find((candidate) => isEpisodeOf(candidate, media));
  if (!item) return fail('none', 'The podcast feed does not list this episode');
  const channelLanguage = textOf(childrenNamed(channel, 'language')[0]);
  const tags = childrenNamed(item, transcriptTag).flatMap((tag, order): TranscriptTag[] => {
    const url = absoluteUrl(tag.attributes['url'], media.feedUrl!);
    const type = tag.attributes['type']?.split(';')[0]?.trim().toLowerCase() ?? '';
    const format = TRANSCRIPT_FORMATS[type];
    return url && format ? [{ url, format, lang: tag.attributes['language'] ?? channelLanguage, order }] : [];
  });
  if (tags.length === 0) return fail('none', 'The podcast feed has no transcript for this episode');
  const byFormat = [...tags].sort((a, b) => FORMAT_ORDER.indexOf(a.format) - FORMAT_ORDER.indexOf(b.format) || a.order - b.order);
  const ranked = rankByLanguage(byFormat, [media.pageLang, ...preferredLanguages], (tag) => tag.lang);
  return { ok: true, sources: ranked.map(({ url, format, lang }) => ({ url, format, ...(lang ? { lang } : {}) })) };
}

/** The item whose enclosure is the clip's file, or whose link is the page. */
function isEpisodeOf(item: XmlElement, media: AudioClip): boolean {
  const enclosure = absoluteUrl(childrenNamed(item, 'enclosure')[0]?.attributes['url'], media.feedUrl!);
  if (enclosure && media.mediaUrl && withoutQuery(enclosure) === withoutQuery(media.mediaUrl)) return true;
  const link = textOf(childrenNamed(item, 'link')[0]);
  return !!link && withoutQuery(link) === withoutQuery(media.pageUrl);
}

function childrenNamed(element: XmlElement | null | undefined, name: string): XmlElement[] {
  return (element?.children ?? []).filter((child): child is XmlElement => child instanceof XmlElement && child.name === name);
}

function textOf(element: XmlElement | undefined): string | undefined {
  return element?.text.trim() || undefined;
}

/** Tracking parameters differ between a feed's enclosure and a page's player. */
function withoutQuery(url: string): string {
  return url.replace(/[?#].*$/, '');
}
