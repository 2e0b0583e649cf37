import { parseJson } from '../embedded-json';
import { fail } from '../result';
import { rankByLanguage } from '../transcripts/language';
import { captionFormatOf } from '../transcripts/providers/caption-format';
import { metadataFailure, type PlayerCaptions, type PlayerFamily } from './player-family';
import type { ResolvedCaptionFile } from '../transcripts/providers/types';
import { parseUrl } from '../web-address';

const PLAYERS = 'https://players.brightcove.net/';
const PLAYBACK_API = 'https://edge.api.brightcove.com/playback/v1/accounts/';
/** `/{account}/{player}_{embed}/index.html`: where a Brightcove player lives. */
const PLAYER_PATH = /^\/(\d+)\/([\w-]+)_([\w-]+)\/index\.html$/;

type TextTrack = { url: string; lang?: string; label?: string; type?: string; isDefault: boolean };

/** The family's container in a page's markup; the sentinel carries this alone (index.ts). */
export const shellSelector = '[data-brightcove-video-id], .brightcove-player, video-js[data-account]';

/**
 * Brightcove: its in-page `<video-js data-account>` (a video.js element, so listed before
 * video.js) and frames from players.brightcove.net. Its captions service needs the player's
 * address, which the in-page element gives by its account and player.
 */
export const family = {
  name: 'brightcove',
  markup: {
    selector: shellSelector,
    idAttributes: ['data-video-id', 'data-brightcove-video-id'],
    playerUrl: playerAddress,
  },
  // players.brightcove.net/ACCOUNT/PLAYER_default/index.html?videoId=ID
  embed: { host: /^players\.brightcove\.net$/, clipId: (url) => url.searchParams.get('videoId') },
} as const satisfies PlayerFamily;

/** The frame address of the player an in-page `<video-js data-account data-player>` stands for. */
function playerAddress(container: Element, videoId: string | undefined): string | undefined {
  const account = container.getAttribute('data-account')?.trim();
  if (!account || !/^\d+$/.test(account)) return undefined;
  const player = container.getAttribute('data-player')?.trim() || 'default';
  const embed = container.getAttribute('data-embed')?.trim() || 'default';
  if (!/^[\w-]+$/.test(player) || !/^[\w-]+$/.test(embed)) return undefined;
  return `${PLAYERS}${account}/${player}_${embed}/index.html${videoId ? `?videoId=${encodeURIComponent(videoId)}` : ''}`;
}

/**
 * Brightcove: the player's configuration holds the account's policy key, which the Playback API
 * asks for in the Accept header; the video's `text_tracks` of kind captions or subtitles are the
 * words. The API explains refusals in its body: a clip blocked in the reader's country is
 * geo-blocked, one not found has no captions, any other refusal is withheld.
 */
export const captions: PlayerCaptions = async (media, { fetchText, preferredLanguages }) => {
  if (!/^(?:ref:)?[\w.-]{1,64}$/.test(media.videoId)) return fail('none', `“${media.videoId}” is not a Brightcove video id`);
  const player = playerOf(media.embedUrl);
  if (!player) return fail('none', 'The Brightcove player on the page does not name its account');
  const config = await fetchText(`${PLAYERS}${player.account}/${player.id}_${player.embed}/config.json`, ['application/json']);
  if (!config.ok) return metadataFailure(config, 'Brightcove');
  const policyKey = (parseJson(config.text) as { video_cloud?: { policy_key?: unknown } } | undefined)?.video_cloud?.policy_key;
  if (typeof policyKey !== 'string' || !/^[\w.-]+$/.test(policyKey))
    return fail('malformed', 'The Brightcove player’s configuration holds no policy key');
  // A policy key may be limited to the publisher's sites: the request comes as the player's would.
  const video = await fetchText(`${PLAYBACK_API}${player.account}/videos/${encodeURIComponent(media.videoId)}`, ['application/json'], {
    accept: `application/json;pk=${policyKey}`,
    keepErrorBody: true,
    asEmbeddedIn: media.pageUrl,
  });
  if (!video.ok) {
    const code = errorCode(video.errorBody);
    if (code.includes('CLIENT_GEO')) return fail('geo-blocked', `Brightcove does not show this clip in your country (${code})`);
    if (code.includes('VIDEO_NOT_FOUND')) return fail('none', `Brightcove no longer has this clip (${code})`);
    return metadataFailure(video, 'Brightcove');
  }
  const tracks = textTracks((parseJson(video.text) as { text_tracks?: unknown } | undefined)?.text_tracks);
  if (tracks.length === 0) return fail('none', 'This Brightcove clip has no captions');
  const byDefault = [...tracks].sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
  const sources = rankByLanguage(byDefault, [media.pageLang, ...preferredLanguages], (t) => t.lang).flatMap(
    (track): ResolvedCaptionFile[] => {
      const format = captionFormatOf({ url: track.url, type: track.type === 'text/webvtt' ? 'text/vtt' : track.type });
      return format ? [{ url: track.url, format, lang: track.lang, label: track.label }] : [];
    },
  );
  return sources.length > 0
    ? { ok: true, sources }
    : fail('unsupported', 'This Brightcove clip’s captions are in a format Legible cannot read yet');
};

function playerOf(embedUrl: string | undefined): { account: string; id: string; embed: string } | undefined {
  const url = parseUrl(embedUrl);
  const path = url?.hostname === 'players.brightcove.net' ? PLAYER_PATH.exec(url.pathname) : null;
  return path ? { account: path[1]!, id: path[2]!, embed: path[3]! } : undefined;
}

/** The error codes of a Playback API refusal: `[{"error_code": "ACCESS_DENIED", "error_subcode": "CLIENT_GEO"}]`. */
function errorCode(body: string | undefined): string {
  const errors = body ? parseJson(body) : undefined;
  if (!Array.isArray(errors)) return '';
  return errors
    .flatMap((error: { error_code?: unknown; error_subcode?: unknown }) =>
      [error?.error_code, error?.error_subcode].filter((code): code is string => typeof code === 'string'),
    )
    .join(' ');
}

function textTracks(tracks: unknown): TextTrack[] {
  if (!Array.isArray(tracks)) return [];
  return tracks.flatMap((track: unknown): TextTrack[] => {
    if (typeof track !== 'object' || track === null) return [];
    const { src, sources, srclang, label, kind, mime_type: type } = track as Record<string, unknown>;
    if (kind !== 'captions' && kind !== 'subtitles') return [];
    const alternative = Array.isArray(sources)
      ? (sources as { src?: unknown }[]).map((source) => source?.src).find((value) => typeof value === 'string')
      : undefined;
    const url = typeof src === 'string' && src ? src : alternative;
    if (typeof url !== 'string' || !/^https:\/\//.test(url)) return [];
    return [
      {
        url,
        lang: typeof srclang === 'string' ? srclang : undefined,
        label: typeof label === 'string' ? label : undefined,
        type: typeof type === 'string' ? type : undefined,
        isDefault: (track as { default?: unknown }).default === true,
      },
    ];
  });
}
