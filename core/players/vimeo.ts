import { fail } from '../result';
import { rankWrittenFirst } from '../transcripts/language';
import { readEmbeddedJson } from '../embedded-json';
import { metadataFailure, type PlayerCaptions, type PlayerFamily } from './player-family';
import type { ResolvedCaptionFile } from '../transcripts/providers/types';
import { parseUrl } from '../web-address';

const PLAYER_ORIGIN = 'https://player.vimeo.com';
/** Where the player page assigns its configuration: `window.playerConfig = {…}` (older pages: `config = {…}`). */
const CONFIG_MARKER = /\b(?:playerC|c)onfig\s*=/;
/** Vimeo's tag for captions its speech recognition wrote: "en-x-autogen". */
const GENERATED_TAG = /-x-autogen$/i;

type TextTrack = { url: string; lang?: string; label?: string; generated: boolean };

/** The family's container in a page's markup; the sentinel carries this alone (index.ts). */
export const shellSelector = 'lite-vimeo, [data-vimeo-id], .vimeo-player';

/** Vimeo's players: lite-vimeo and sites' own containers, frames from player.vimeo.com. */
export const family = {
  name: 'vimeo',
  markup: { selector: shellSelector, idAttributes: ['videoid', 'data-vimeo-id', 'data-video-id', 'data-id'] },
  // player.vimeo.com/video/ID
  embed: { host: /^player\.vimeo\.com$/, clipId: (url) => /^\/video\/(\d+)/.exec(url.pathname)?.[1] },
  watchPage: (id) => `https://vimeo.com/${encodeURIComponent(id)}`,
  setMoment: (link, seconds) => (link.hash = `t=${seconds}s`),
} as const satisfies PlayerFamily;

/**
 * Vimeo: the player page (`player.vimeo.com/video/{id}`, with the embed's `h` hash for unlisted
 * clips) carries `request.text_tracks`, each a WebVTT file. Captions people wrote come before
 * the ones Vimeo generated, language by language.
 */
export const captions: PlayerCaptions = async (media, { fetchText, preferredLanguages }) => {
  if (!/^\d+$/.test(media.videoId)) return fail('none', `“${media.videoId}” is not a Vimeo clip id`);
  const url = new URL(`/video/${media.videoId}`, PLAYER_ORIGIN);
  const hash = embedHash(media.embedUrl);
  if (hash) url.searchParams.set('h', hash);
  // Clips limited to some sites answer only a request that comes from one, as the frame's does.
  const page = await fetchText(url.href, ['text/html'], { asEmbeddedIn: media.pageUrl });
  if (!page.ok) return metadataFailure(page, 'Vimeo');
  const config = readEmbeddedJson(page.text, CONFIG_MARKER);
  if (config === undefined) return fail('malformed', 'Vimeo’s player page holds no configuration Legible can read');
  const tracks = textTracks(config);
  if (tracks.length === 0) return fail('none', 'This Vimeo clip has no captions');
  const ranked = rankWrittenFirst(
    tracks,
    [media.pageLang, ...preferredLanguages],
    (t) => t.lang,
    (t) => t.generated,
  );
  return {
    ok: true,
    sources: ranked.map((track): ResolvedCaptionFile => ({
      url: new URL(track.url, `${PLAYER_ORIGIN}/`).href,
      format: 'webvtt',
      lang: track.lang,
      label: track.label,
      ...(track.generated ? { caveat: 'generated' as const } : {}),
    })),
  };
};

/** The `h` parameter of a player.vimeo.com address, which unlisted clips need. */
function embedHash(embedUrl: string | undefined): string | undefined {
  const url = parseUrl(embedUrl);
  const hash = url?.hostname === 'player.vimeo.com' ? url.searchParams.get('h') : null;
  return hash && /^\w+$/.test(hash) ? hash : undefined;
}

function textTracks(config: unknown): TextTrack[] {
  const tracks = (config as { request?: { text_tracks?: unknown } } | null)?.request?.text_tracks;
  if (!Array.isArray(tracks)) return [];
  return tracks.flatMap((track: unknown): TextTrack[] => {
    if (typeof track !== 'object' || track === null) return [];
    const { url, lang, label, provenance } = track as Record<string, unknown>;
    if (typeof url !== 'string' || !url) return [];
    const tag = typeof lang === 'string' ? lang : undefined;
    return [
      {
        url,
        lang: tag?.replace(GENERATED_TAG, ''),
        label: typeof label === 'string' ? label : undefined,
        generated: (tag !== undefined && GENERATED_TAG.test(tag)) || provenance === 'ai_generated',
      },
    ];
  });
}
