import { fail } from '../result';
import { rankWrittenFirst } from '../transcripts/language';
import { readEmbeddedJson } from '../embedded-json';
import { metadataFailure, type PlayerCaptions, type PlayerFamily } from './player-family';
import type { ResolvedCaptionFile } from '../transcripts/providers/types';
import { parseUrl } from '../web-address';

const WATCH_PAGE = 'https://www.youtube.com/watch?v=';
const PLAYER_RESPONSE_MARKER = /\bytInitialPlayerResponse\s*=/;

type CaptionTrack = { baseUrl: string; languageCode?: string; label?: string; generated: boolean };
type PlayerResponse = {
  playabilityStatus?: { status?: unknown; reason?: unknown };
  captions?: { playerCaptionsTracklistRenderer?: { captionTracks?: unknown } };
};

/** The family's container in a page's markup; the sentinel carries this alone (index.ts). */
export const shellSelector = 'lite-youtube, [data-youtube-id], [data-yt-id], .youtube-player, .yt-player';

/** YouTube's players: lite-youtube and sites' own containers, frames from youtube(-nocookie).com, watch pages and short links. */
export const family = {
  name: 'youtube',
  markup: {
    selector: shellSelector,
    idAttributes: ['videoid', 'data-youtube-id', 'data-yt-id', 'data-video-id', 'data-id'],
  },
  // youtube.com/embed/ID, youtube-nocookie.com/embed/ID
  embed: { host: /(?:^|\.)youtube(?:-nocookie)?\.com$/, clipId: (url) => /^\/embed\/([\w-]{6,})/.exec(url.pathname)?.[1] },
  clipPages: [
    // youtube.com/watch?v=ID, youtube.com/shorts/ID
    {
      host: /^(?:www\.|m\.)?youtube\.com$/,
      linkHint: 'youtube.com/',
      clipId: (url) => (url.pathname === '/watch' ? url.searchParams.get('v') : /^\/shorts\/([\w-]{11})/.exec(url.pathname)?.[1]),
    },
    { host: /^youtu\.be$/, linkHint: 'youtu.be/', clipId: (url) => /^\/([\w-]{11})$/.exec(url.pathname)?.[1] },
  ],
  watchPage: (id) => `${WATCH_PAGE}${encodeURIComponent(id)}`,
  setMoment: (link, seconds) => link.searchParams.set('t', `${seconds}s`),
} as const satisfies PlayerFamily;

/**
 * YouTube: the watch page's player response lists the clip's caption tracks, each a timedtext
 * address read here as json3, and as srv3 where json3 cannot be read. Tracks people wrote come before speech recognition's (`kind: asr`),
 * language by language. YouTube answers some clients with an empty file instead of captions
 * (tracks that need a proof-of-origin token): that is withheld, not "no captions".
 */
export const captions: PlayerCaptions = async (media, { fetchText, preferredLanguages }) => {
  if (!/^[\w-]{11}$/.test(media.videoId)) return fail('none', `“${media.videoId}” is not a YouTube video id`);
  const page = await fetchText(WATCH_PAGE + media.videoId, ['text/html']);
  if (!page.ok) return metadataFailure(page, 'YouTube');
  const response = readEmbeddedJson(page.text, PLAYER_RESPONSE_MARKER) as PlayerResponse | undefined;
  if (typeof response !== 'object' || response === null)
    return fail('malformed', 'YouTube’s watch page holds no player response Legible can read');
  const unplayable = playabilityFailure(response.playabilityStatus);
  if (unplayable) return unplayable;
  const tracks = captionTracks(response.captions?.playerCaptionsTracklistRenderer?.captionTracks);
  if (tracks.length === 0) return fail('none', 'This YouTube clip has no captions');
  const ranked = rankWrittenFirst(
    tracks,
    [media.pageLang, ...preferredLanguages],
    (t) => t.languageCode,
    (t) => t.generated,
  );
  return { ok: true, sources: ranked.flatMap(toSource) };
};

function toSource(track: CaptionTrack): ResolvedCaptionFile[] {
  const url = parseUrl(track.baseUrl, 'https://www.youtube.com/');
  if (!url) return [];
  return (['json3', 'srv3'] as const).map((fmt): ResolvedCaptionFile => {
    url.searchParams.set('fmt', fmt);
    return {
      url: url.href,
      format: fmt === 'json3' ? 'youtube-json3' : 'youtube-xml',
      lang: track.languageCode,
      label: track.label,
      ...(track.generated ? { caveat: 'generated' as const } : {}),
      whenEmpty: { reason: 'withheld', detail: 'YouTube sent an empty captions file: it withholds these captions from Legible' },
    };
  });
}

/** Why YouTube will not play the clip, where it says so. */
function playabilityFailure(status: PlayerResponse['playabilityStatus']) {
  const state = typeof status?.status === 'string' ? status.status : 'OK';
  const reason = typeof status?.reason === 'string' ? status.reason : state;
  if (state === 'OK' || state === 'LIVE_STREAM_OFFLINE') return undefined;
  if (state === 'ERROR') return fail('none', `YouTube no longer has this clip: ${reason}`);
  if (/countr/i.test(reason)) return fail('geo-blocked', `YouTube does not show this clip in your country: ${reason}`);
  return fail('withheld', `YouTube withholds this clip: ${reason}`);
}

function captionTracks(tracks: unknown): CaptionTrack[] {
  if (!Array.isArray(tracks)) return [];
  return tracks.flatMap((track: unknown): CaptionTrack[] => {
    if (typeof track !== 'object' || track === null) return [];
    const { baseUrl, languageCode, name, kind } = track as Record<string, unknown>;
    if (typeof baseUrl !== 'string' || !baseUrl) return [];
    return [
      {
        baseUrl,
        languageCode: typeof languageCode === 'string' ? languageCode : undefined,
        label: trackName(name),
        generated: kind === 'asr',
      },
    ];
  });
}

/** `{simpleText}` or `{runs: [{text}]}`, as YouTube writes names. */
function trackName(name: unknown): string | undefined {
  const { simpleText, runs } = (name ?? {}) as { simpleText?: unknown; runs?: unknown };
  if (typeof simpleText === 'string') return simpleText;
  if (Array.isArray(runs))
    return runs.map((run: { text?: unknown }) => (typeof run?.text === 'string' ? run.text : '')).join('') || undefined;
  return undefined;
}
