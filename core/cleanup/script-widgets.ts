import { outermost } from './outermost';
import { collapseWhitespace } from '../collapse-whitespace';

/** Boxes that only a script fills: comment threads and share bars. */
export const WIDGETS =
  '#disqus_thread, #comments, .comments, [id^="comments-"], [class*="comments-"], .fb-comments, [data-comments], [class*="share-bar"], [class*="sharebar"], [class*="share-buttons"], [class*="social-share"], .addthis_toolbox, [class*="addthis_inline"], [class*="sharethis"], [aria-busy="true"]';
/** What a widget shows while its script loads, in the languages Legible reads, and nothing else; lower case. */
const LOADING =
  /^(?:(?:loading|laddar|laster|indlæser|ladataan|lädt|wird geladen|laden|chargement|cargando|caricamento|carregando|ładowanie)(?: comments| kommentarer| en cours| comentarios)?|kommentare werden geladen)(?:\s*(?:…|\.{2,3}))?$/;
/** Anything a visitor can see or use without the script. */
const CONTENT = 'img, picture, svg, video, audio, iframe, object, embed, canvas, a[href], button, input, select, textarea';

/** Script-only widgets that show nothing, or only "Loading…", as the page stands. */
export function findEmptyWidgets(root: ParentNode): Element[] {
  const found = Array.from(root.querySelectorAll(WIDGETS)).filter((widget) => {
    // A share link with an icon drawn by the stylesheet works without scripts.
    if (widget.matches(CONTENT) || widget.querySelector(CONTENT)) return false;
    const text = collapseWhitespace(widget.textContent ?? '').toLowerCase();
    return text === '' || LOADING.test(text);
  });
  return outermost(found);
}
