import type { PlayerFamily } from '../../media/player-shells';
import { fail } from '../../result';
import { brightcoveCaptions } from './brightcove';
import { dailymotionCaptions } from './dailymotion';
import { jwPlayerCaptions } from './jwplayer';
import type { PlayerCaptions } from './player-captions';
import type { TranscriptProvider } from './types';
import { svtCaptions } from './svt';
import { vimeoCaptions } from './vimeo';
import { youTubeCaptions } from './youtube';

/** The player families whose captions service Legible reads; the others say so plainly. */
const FAMILIES: Partial<Record<PlayerFamily, PlayerCaptions>> = {
  youtube: youTubeCaptions,
  vimeo: vimeoCaptions,
  jwplayer: jwPlayerCaptions,
  svt: svtCaptions,
  brightcove: brightcoveCaptions,
  dailymotion: dailymotionCaptions,
};

/** A web player known by its container or frame: its family's own captions service, by the clip's id. */
export const player: TranscriptProvider<'player'> = {
  id: 'player',
  async resolve(media, context) {
    const captions = FAMILIES[media.family];
    if (!captions) return fail('none', `Legible does not read captions from ${media.family} players yet`);
    if (!media.videoId) return fail('none', `The ${media.family} player on the page does not name its clip`);
    return captions({ ...media, videoId: media.videoId }, context);
  },
};
