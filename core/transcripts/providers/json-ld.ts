import { fail } from '../../result';
import { rankByLanguage } from '../language';
import type { Cue } from '../types';
import { captionFormatOf } from './caption-format';
import type { ResolvedCaptionFile, TranscriptProvider } from './types';
import { collapseWhitespace } from '../../collapse-whitespace';

/** A sentence ends at . ! or ? followed by a space; transcripts published as one block are split there. */
const SENTENCE_END = /(?<=[.!?…])\s+(?=\S)/;

/**
 * schema.org VideoObject/AudioObject: its `caption` files first (timed), then its `transcript`
 * text, which the page already holds, so it needs no request.
 */
export const jsonLd: TranscriptProvider<'json-ld'> = {
  id: 'json-ld',
  async resolve(media, { preferredLanguages }) {
    const readable = media.tracks.flatMap((track): ResolvedCaptionFile[] => {
      const format = captionFormatOf(track);
      return format ? [{ url: track.url, format, lang: track.lang, label: track.label }] : [];
    });
    const sources = rankByLanguage(readable, [media.pageLang, ...preferredLanguages], (s) => s.lang);
    const fallback = media.transcriptText
      ? { cues: transcriptLines(media.transcriptText), lang: media.pageLang, sourceUrl: media.pageUrl }
      : undefined;
    if (sources.length === 0 && !fallback) {
      return media.tracks.length > 0
        ? fail('unsupported', 'The clip’s captions are in a format Legible cannot read yet')
        : fail('none', 'The clip has no captions or transcript');
    }
    return { ok: true, sources, ...(fallback ? { fallback } : {}) };
  },
};

/** Paragraphs as the page wrote them; one long block becomes its sentences. */
function transcriptLines(text: string): Cue[] {
  const paragraphs = text
    .split(/\n\s*\n|\r?\n/)
    .map(collapseWhitespace)
    .filter(Boolean);
  const lines = paragraphs.length > 1 ? paragraphs : paragraphs.flatMap((p) => p.split(SENTENCE_END));
  return lines.map((line) => ({ text: line }));
}
