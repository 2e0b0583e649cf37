import type { PlayerCaptions, PlayerFamily } from './player-family';

/** The family's container in a page's markup; the sentinel carries this alone (index.ts). */
export const shellSelector = '[data-video-id], [data-videoid], [data-media-id]';

/**
 * A player Legible cannot name, known only by the attributes players commonly keep a clip's id
 * in. Every other family is tried before it, since their containers often carry these too.
 */
export const family = {
  name: 'generic',
  markup: { selector: shellSelector, idAttributes: ['data-video-id', 'data-videoid', 'data-media-id'] },
} as const satisfies PlayerFamily;

/** Without a family there is no service to ask. */
export const captions: PlayerCaptions | undefined = undefined;
