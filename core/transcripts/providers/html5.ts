import { fail } from '../../result';
import { rankByLanguage } from '../language';
import { podcastFeedSources } from './podcast-feed';
import type { TranscriptProvider } from './types';

/**
 * `<video>`/`<audio>` with `<track kind=captions|subtitles>`: the page names the WebVTT files.
 * An audio clip without tracks may be a podcast episode, whose feed names its transcripts.
 */
export const html5: TranscriptProvider<'html5'> = {
  id: 'html5',
  async resolve(media, context) {
    const { preferredLanguages } = context;
    if (media.tracks.length === 0)
      return media.feedUrl ? podcastFeedSources(media, context) : fail('none', 'This clip has no captions track');
    // A default track is the page author's choice; it wins among tracks of the same language.
    const byDefault = [...media.tracks].sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
    const ranked = rankByLanguage(byDefault, [media.pageLang, ...preferredLanguages], (t) => t.lang);
    return {
      ok: true,
      sources: ranked.map((track) => ({ url: track.url, format: 'webvtt', lang: track.lang, label: track.label })),
    };
  },
};
