import { leafBlocks, textOf } from './blocks';
import type { LeftoverRule } from './rule';

/** Who took a picture, or where a story came from: "Foto: …", "© …", "Quelle: …", "Źródło: …". */
const CREDIT_LABEL =
  /^(?:©|\(c\)|copyright|fotos?|fotograf(?:ie|ía|ia)?|photos?|photograph(?:y|s)?(?: by)?|picture|pictures|bild(?:er)?|titelbild|image(?:s)?|imagen|immagine|imagem|credits?|crédits?(?: photos?)?|crédito|créditos|kuva(?:t)?|zdjęci[ea]|fot\.|grafik|grafika|illustration|quelle|quellen|source|sources|fuente|fonte|źródło|kilde|källa|lähde|bron)\s*(?:[:/|©]|by|von|de|di|av|af)/i;
/** Photo agencies and stock libraries, as credits name them. */
const AGENCY =
  /(?<![A-Za-z\u00C0-\u024F])(?:getty ?images|shutterstock|istock(?:photo)?|adobe ?stock|alamy|imago|picture[- ]alliance|dpa|afp|reuters|ap photo|epa|efe|anp|belga|ansa|lusa|pap|ritzau|ntb|lehtikuva|keystone|kyodo|xinhua|sipa|abaca|bestimage|wenn|unsplash|pixabay|pexels|flickr|wikimedia|cc[ -]by(?:-sa)?)(?![A-Za-z\u00C0-\u024F])/i;
/** "3 / 23", "Bild 1 von 23", "Image 2 of 9": where a gallery is at. */
const GALLERY_COUNTER =
  /^(?:(?:bild|foto|photo|image|kuva|zdjęcie|imagen|immagine|imagem|slide|billede|bilde)\s*)?\d{1,3}\s*(?:\/|of|von|av|af|de|di|z|van|sur|aus|\|)\s*\d{1,3}$/i;
/** What a picture does when a script runs: "click to enlarge", "Bild anzeigen". */
const PICTURE_ACTION =
  /(?:click|tap) (?:to|for) (?:enlarge|zoom|a larger)|(?:view|see) (?:the )?(?:gallery|slideshow|larger image)|zum vergrößern|bild (?:anzeigen|vergrößern)|(?:alle )?bilder ansehen|zur bildergalerie|klicka för (?:att förstora|större)|klikk for å forstørre|klik for at forstørre|cliquez pour agrandir|voir la galerie|(?:haga|haz) clic para ampliar|ver galería|clicca per ingrandire|clique para ampliar|kliknij,? aby powiększyć|klik om te vergroten/i;

/** A credit at the end of a caption's own text: "The pier at dawn. Foto: dpa", "… | © Getty Images". */
const TRAILING_CREDIT =
  /(?:^|[.!?|–—-]\s*|\s)((?:\(\s*)?(?:©|fotos?|photos?|bild(?:er)?|images?|imagen|imagem|immagine|credits?|crédits?|créditos?|quelle|source|fuente|fonte|kuva|zdjęcie|fot\.)\s*(?:[:©/]|by)[^.!?]{1,80})$/i;

/** A credit is a line, never a paragraph. */
const MAX_CREDIT_CHARS = 100;
const MAX_AGENCY_CREDIT_CHARS = 60;
/** Inline elements a caption sets its credit in. */
const CREDIT_INLINE = 'span, small, em, i, cite, b, strong, p';
const CREDIT_NAME = /credit|copyright|source|photographer|fotograf|quelle|urheber|autor|author|byline|rights/i;

export function isCreditText(text: string): boolean {
  if (text.length > MAX_CREDIT_CHARS) return false;
  if (CREDIT_LABEL.test(text)) return true;
  return text.length <= MAX_AGENCY_CREDIT_CHARS && AGENCY.test(text) && (/[/|©()]/.test(text) || !/\s\p{Ll}{4,}/u.test(text));
}

export function isGalleryText(text: string): boolean {
  return GALLERY_COUNTER.test(text) || (text.length <= MAX_CREDIT_CHARS && PICTURE_ACTION.test(text));
}

/**
 * Picture credits and gallery leftovers: credit and source lines ("Foto: dpa", "© Getty Images",
 * "Quelle: …"), a credit set apart inside a caption, "Image 3 of 23", "click to enlarge". The
 * caption itself stays.
 */
export const imageCredits: LeftoverRule = {
  name: 'image-credits',
  inline: true,
  find(content) {
    const lines = leafBlocks(content).filter((block) => {
      const text = textOf(block);
      return isCreditText(text) || isGalleryText(text);
    });
    const insideCaptions = Array.from(content.querySelectorAll(`figcaption :is(${CREDIT_INLINE}), figure :is(${CREDIT_INLINE})`)).filter(
      (element) => {
        const text = textOf(element);
        return (
          text.length > 0 &&
          (isCreditText(text) ||
            isGalleryText(text) ||
            (CREDIT_NAME.test(element.getAttribute('class') ?? '') && text.length <= MAX_CREDIT_CHARS))
        );
      },
    );
    return [...lines, ...insideCaptions, ...trailingCredits(content)];
  },
};

/**
 * Credits a caption runs into its own text. Each is set apart in a <span> of its own (nothing a
 * reader sees changes), so the pass leaves it out as it does a credit the page set apart.
 */
function trailingCredits(content: Element): Element[] {
  return Array.from(content.querySelectorAll('figcaption')).flatMap((caption) => {
    const last = lastTextNode(caption);
    const match = last && TRAILING_CREDIT.exec(last.data);
    if (!last || !match?.[1] || match.index === undefined) return [];
    const credit = last.splitText(last.data.length - match[1].length);
    const span = caption.ownerDocument.createElement('span');
    credit.replaceWith(span);
    span.append(credit);
    return [span];
  });
}

function lastTextNode(element: Element): Text | undefined {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* text */);
  let last: Text | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node.textContent ?? '').trim()) last = node as Text;
  return last;
}
