import type { PlayerCaptions, PlayerFamily } from './player-family';

/** The family's container in a page's markup; the sentinel carries this alone (index.ts). */
export const shellSelector = 'video-js, .video-js, [data-vjs-player]';

/**
 * video.js, the open-source player many sites host themselves. Brightcove's and others' elements
 * are video.js elements too, so their families come first. It has no site of its own.
 */
export const family = {
  name: 'videojs',
  markup: { selector: shellSelector, idAttributes: ['data-video-id', 'data-id'] },
} as const satisfies PlayerFamily;

/** Each site serves its own clips: no service to ask, so the reader says so plainly. */
export const captions: PlayerCaptions | undefined = undefined;
