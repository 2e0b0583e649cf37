import type { PlayerFamilyName } from '../players';
import type { MediaRefDraft, PageInfo } from './types';

/** What a finder knows of a web player's clip: its family, and the id, frame and title where the page gives them. */
export type PlayerClipFacts = { family: PlayerFamilyName; videoId?: string; embedUrl?: string; title?: string };

/** A web player's clip on `page`, as every finder describes one: a video whose captions its family's service holds. */
export function playerClip(page: PageInfo, { family, videoId, embedUrl, title }: PlayerClipFacts): MediaRefDraft {
  return {
    source: 'player',
    mediaType: 'video',
    family,
    ...(videoId ? { videoId } : {}),
    ...(embedUrl ? { embedUrl } : {}),
    ...(title ? { title } : {}),
    pageUrl: page.pageUrl,
    pageLang: page.pageLang,
    tracks: [],
  };
}
