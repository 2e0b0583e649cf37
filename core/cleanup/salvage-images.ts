/** Set on each image Legible loaded for the page; its value is what the image had, for undo. */
export const SALVAGED_ATTRIBUTE = 'data-legible-salvaged';

/** Where lazy-loading scripts keep an image's real address until they swap it in. */
const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-hi-res-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];
const LAZY_ATTRIBUTES = [...LAZY_SRC, ...LAZY_SRCSET];
/** The stand-ins such scripts show meanwhile: nothing, an inline pixel, or a named placeholder. */
const PLACEHOLDER_SRC = /^data:|(?:^|[/_.-])(?:placeholder|blank|spacer|pixel|transparent|1x1|lazyload|loading|grey|gray)(?:[/_.-]|$)/i;
/** A low-quality preview shown blurred until the real image arrives. */
const BLURRED = /blur|lqip/i;

type SavedImage = { src: string | null; srcset: string | null; style: string | null };

/**
 * Shows the images a page's lazy-loading script would have loaded: the real address goes into
 * `src`/`srcset` and a blurred preview is unblurred. Where a rendered <noscript> copy of the image
 * sits beside it, that copy is returned to be hidden, so the picture shows once.
 */
export function salvageImages(root: Element): { salvaged: Element[]; duplicates: Element[] } {
  const salvaged: Element[] = [];
  const duplicates: Element[] = [];
  // Native lists of every image, then attribute reads: cheaper than a selector of fourteen parts.
  const candidates = [...Array.from(root.getElementsByTagName('img')), ...Array.from(root.getElementsByTagName('source'))];
  for (const image of candidates) {
    if (image.hasAttribute(SALVAGED_ATTRIBUTE) || !LAZY_ATTRIBUTES.some((name) => image.hasAttribute(name))) continue;
    const lazySrc = LAZY_SRC.map((name) => image.getAttribute(name)).find((value) => value && !PLACEHOLDER_SRC.test(value));
    const lazySrcset = LAZY_SRCSET.map((name) => image.getAttribute(name)).find(Boolean);
    const src = image.getAttribute('src');
    const isImg = image.localName === 'img';
    const needsSrc = isImg && lazySrc && (!src || PLACEHOLDER_SRC.test(src) || BLURRED.test(src));
    const needsSrcset = lazySrcset && image.getAttribute('srcset') !== lazySrcset;
    if (!needsSrc && !needsSrcset) continue;
    const saved: SavedImage = { src, srcset: image.getAttribute('srcset'), style: image.getAttribute('style') };
    image.setAttribute(SALVAGED_ATTRIBUTE, JSON.stringify(saved));
    if (needsSrc) image.setAttribute('src', lazySrc);
    if (needsSrcset) image.setAttribute('srcset', lazySrcset);
    if (isImg && (BLURRED.test(image.getAttribute('class') ?? '') || /blur\(/.test(saved.style ?? ''))) {
      (image as HTMLElement).style.setProperty('filter', 'none', 'important');
    }
    salvaged.push(image);
    const copy = image.nextElementSibling;
    if (isImg && copy?.localName === 'noscript' && copy.querySelector('img')) duplicates.push(copy);
  }
  return { salvaged, duplicates };
}

/** Puts each salvaged image back as the page had it. */
export function restoreImages(images: Iterable<Element>): void {
  for (const image of images) {
    const raw = image.getAttribute(SALVAGED_ATTRIBUTE);
    if (raw === null) continue;
    const saved = JSON.parse(raw) as SavedImage;
    for (const name of ['src', 'srcset', 'style'] as const) {
      const value = saved[name];
      if (value === null) image.removeAttribute(name);
      else image.setAttribute(name, value);
    }
    image.removeAttribute(SALVAGED_ATTRIBUTE);
  }
}
