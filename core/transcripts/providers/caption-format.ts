import type { TrackRef } from '../../media/types';
import type { CaptionFormat } from '../types';

/**
 * The format of a captions file, from its declared media type or else its file name. Undefined
 * for formats Legible cannot read yet, so a provider can skip them.
 */
export function captionFormatOf(track: Pick<TrackRef, 'url' | 'type'>): CaptionFormat | undefined {
  const type = track.type?.split(';')[0]?.trim().toLowerCase();
  if (type) return type === 'text/vtt' ? 'webvtt' : undefined;
  const path = (() => {
    try {
      return new URL(track.url).pathname.toLowerCase();
    } catch {
      return '';
    }
  })();
  // <track> files are WebVTT by the HTML spec, whatever they are named; others need an ending.
  return path.endsWith('.vtt') || path.endsWith('.webvtt') ? 'webvtt' : undefined;
}
