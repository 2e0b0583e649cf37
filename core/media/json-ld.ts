import { asList, firstString, hasType, readJsonLdNodes, type JsonLdNode } from './json-ld-graph';
import { absoluteUrl } from '../web-address';
import { playerOfEmbed } from './embeds';
import type { FoundMedia, MediaFinder, PageInfo, PageCaptionFile } from './types';

const CLIP_TYPES = ['VideoObject', 'AudioObject'] as const;

/** Attributes by which players name their clip, to find the player a VideoObject describes. */
const PLAYER_ID_SELECTOR = '[data-video-id], [data-media-id], [data-asset-id], [data-clip-id], [data-video], [data-id]';
const PLAYER_ID_ATTRIBUTES = ['data-video-id', 'data-media-id', 'data-asset-id', 'data-clip-id', 'data-video', 'data-id'];
/** Shorter ids ("1", "ab") would match inside unrelated addresses. */
const MIN_ID_LENGTH = 4;
/** A player shell holds a few words at most; an element with more text is the page, not a player. */
const MAX_PLAYER_TEXT = 300;
const NEVER_PLAYER = 'html, body, main, article, section, header, footer, nav, aside';

/**
 * schema.org VideoObject and AudioObject in the page's JSON-LD: their `caption` files and their
 * `transcript` text. Each is matched to the player on the page that carries its id, if any.
 */
export const findJsonLdMedia: MediaFinder = (root, page) => {
  const clips = readJsonLdNodes(root).filter((node) => hasType(node, CLIP_TYPES));
  const players = Array.from(root.querySelectorAll(PLAYER_ID_SELECTOR)).filter(
    (el) => !el.matches(NEVER_PLAYER) && (el.textContent ?? '').length <= MAX_PLAYER_TEXT,
  );
  const found: FoundMedia[] = [];
  for (const clip of clips) {
    const files = captionFiles(clip, page);
    const transcriptText = firstString(clip['transcript']);
    const about = {
      mediaType: hasType(clip, ['AudioObject']) ? ('audio' as const) : ('video' as const),
      title: firstString(clip['name']) ?? firstString(clip['headline']),
      pageUrl: page.pageUrl,
      pageLang: page.pageLang,
      poster: absoluteUrl(firstString(clip['thumbnailUrl'] ?? clip['thumbnail']), page.baseUrl),
      ...durationOf(firstString(clip['duration'])),
    };
    const element = playerFor(clip, players);
    // Without words of its own, a clip whose embedUrl names a known player gets that player's captions.
    const embed = files.length === 0 && !transcriptText ? embeddedPlayer(clip, page) : undefined;
    if (embed) {
      found.push({ element, ref: { source: 'player', ...about, ...embed, tracks: [] } });
      continue;
    }
    const tracks = [...files, ...manifests(clip, page)];
    if (tracks.length === 0 && !transcriptText) continue;
    found.push({ element, ref: { source: 'json-ld', ...about, tracks, ...(transcriptText ? { transcriptText } : {}) } });
  }
  return found;
};

/** The player an `embedUrl` names (YouTube, Vimeo, Brightcove, JW Player, SVT), with its address. */
function embeddedPlayer(clip: JsonLdNode, page: PageInfo) {
  const url = absoluteUrl(firstString(clip['embedUrl']), page.baseUrl);
  const player = url ? playerOfEmbed(new URL(url)) : undefined;
  return player && url ? { ...player, embedUrl: url } : undefined;
}

/** A stream's manifest in `contentUrl` (HLS, DASH), whose text tracks a transcript can come from, after any caption file. */
function manifests(clip: JsonLdNode, page: PageInfo): PageCaptionFile[] {
  return asList(clip['contentUrl']).flatMap((value): PageCaptionFile[] => {
    const url = absoluteUrl(firstString(value), page.baseUrl);
    const ending = url ? /\.(m3u8|mpd)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase() : undefined;
    if (!url || !ending) return [];
    return [{ url, kind: 'captions', isDefault: false, type: ending === 'mpd' ? 'application/dash+xml' : 'application/vnd.apple.mpegurl' }];
  });
}

/** `caption` MediaObjects (or bare URLs) that name a file; plain-text captions are titles, not files. */
function captionFiles(clip: JsonLdNode, page: PageInfo): PageCaptionFile[] {
  const tracks: PageCaptionFile[] = [];
  for (const caption of asList(clip['caption'])) {
    const isObject = typeof caption === 'object' && caption !== null;
    const node = (isObject ? caption : {}) as JsonLdNode;
    const raw = isObject
      ? firstString(node['contentUrl'] ?? node['url'])
      : typeof caption === 'string' && /^(?:https?:)?\/\/|^\//.test(caption)
        ? caption
        : undefined;
    const url = absoluteUrl(raw, page.baseUrl);
    if (!url) continue;
    tracks.push({
      url,
      kind: 'captions',
      lang: firstString(node['inLanguage']),
      label: firstString(node['name']),
      isDefault: false,
      type: firstString(node['encodingFormat']),
    });
  }
  return tracks;
}

/** The page element whose player id appears in the clip's own identifiers. */
function playerFor(clip: JsonLdNode, players: Element[]): Element | undefined {
  // Not `url`: that is often the article's own address, which ends in the story's id.
  const names = ['identifier', '@id', 'embedUrl', 'contentUrl']
    .flatMap((key) => asList(clip[key]))
    .map((v) => firstString(v) ?? '')
    .filter(Boolean);
  if (names.length === 0) return undefined;
  return players.find((player) =>
    PLAYER_ID_ATTRIBUTES.some((attribute) => {
      const id = player.getAttribute(attribute)?.trim();
      return (
        id &&
        id.length >= MIN_ID_LENGTH &&
        names.some((name) => name === id || name.endsWith(`#${id}`) || containsWhole(name, `/${id}`) || containsWhole(name, `=${id}`))
      );
    }),
  );
}

/** Whether `part` occurs in `name` not followed by a letter or digit: "/5820" is not in ".../582044". */
function containsWhole(name: string, part: string): boolean {
  for (let at = name.indexOf(part); at !== -1; at = name.indexOf(part, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(name.charAt(at + part.length))) return true;
  }
  return false;
}

/** ISO 8601 durations as schema.org writes them: "PT1M30S", "PT1H2M", "P0DT47S". */
const ISO_DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

function durationOf(value: string | undefined): { durationSeconds?: number } {
  const parts = value ? ISO_DURATION.exec(value.trim()) : null;
  if (!parts || value!.trim().endsWith('T')) return {};
  const [, days, hours, minutes, seconds] = parts;
  const total = Number(days ?? 0) * 86_400 + Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
  return total > 0 ? { durationSeconds: total } : {};
}
