import { absoluteUrl } from '../web-address';
import type { FoundMedia } from './types';
import { collapseWhitespace } from '../collapse-whitespace';

/**
 * Link texts that promise a clip's transcript, in the languages Legible reads: "Transcript",
 * "Read the transcript", "Läs utskriften", "Transkript", "Textversion"… A short text only: a
 * paragraph that mentions a transcript is not a link to one.
 */
const TRANSCRIPT_WORDS =
  /\b(?:transcripts?|transkript(?:ion)?|transkription|utskrift(?:en)?|textversion(?:en)?|tekstversjon(?:en)?|tekstiversio|litteraatti|transcription|transcripción|trascrizione|transcrição|transkrypcja|afschrift)\b/i;
const MAX_LINK_TEXT = 60;

/**
 * Gives each clip the transcript page a link near it names: the first such link after the clip
 * (before the next clip), or, on a page with one clip, the page's only such link. The background
 * reads that page when the clip's own captions give nothing.
 */
export function withTranscriptLinks(root: ParentNode, found: FoundMedia[], baseUrl: string): FoundMedia[] {
  // Most pages have no clip; their thousands of links are not read.
  if (found.length === 0) return found;
  const links = Array.from(root.querySelectorAll('a[href]')).filter((link) => {
    const text = collapseWhitespace(link.textContent ?? '');
    return text.length > 0 && text.length <= MAX_LINK_TEXT && TRANSCRIPT_WORDS.test(text);
  });
  if (links.length === 0) return found;
  const shown = found.filter((media) => media.element);
  return found.map((media) => {
    const link = media.element
      ? links.find(
          (candidate) =>
            follows(media.element!, candidate) &&
            !shown.some((other) => other !== media && follows(media.element!, other.element!) && follows(other.element!, candidate)),
        )
      : undefined;
    const chosen = link ?? (found.length === 1 && links.length === 1 ? links[0] : undefined);
    const url = chosen && absoluteUrl(chosen.getAttribute('href'), baseUrl);
    return url && /^https?:/.test(url) ? { ...media, ref: { ...media.ref, transcriptPageUrl: url } } : media;
  });
}

/** Whether `later` comes after `earlier` in the document (and is not inside it). */
function follows(earlier: Element, later: Element): boolean {
  return Boolean(earlier.compareDocumentPosition(later) & 4 /* DOCUMENT_POSITION_FOLLOWING */) && !earlier.contains(later);
}
