import { CAPTIONS_SERVICES } from '../../players';
import { fail } from '../../result';
import type { TranscriptProvider } from './types';

/** A web player known by its container or frame: its family's own captions service, by the clip's id. */
export const player: TranscriptProvider<'player'> = {
  id: 'player',
  async resolve(media, context) {
    const captions = CAPTIONS_SERVICES[media.family];
    if (!captions) return fail('none', `Legible does not read captions from ${media.family} players yet`);
    if (!media.videoId) return fail('none', `The ${media.family} player on the page does not name its clip`);
    return captions({ ...media, videoId: media.videoId }, context);
  },
};
