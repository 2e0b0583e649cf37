import { fail } from '../../result';
import type { TranscriptProvider } from './types';

/**
 * A web player known only by its container. Each family's own captions service (YouTube's
 * caption tracks, Vimeo's text tracks, JW Player's and Brightcove's media APIs) is a provider
 * still to come; until then the clip says plainly that no captions were found.
 */
export const player: TranscriptProvider<'player'> = {
  id: 'player',
  async resolve(media) {
    return fail('none', `Legible does not read captions from ${media.family} players yet`);
  },
};
