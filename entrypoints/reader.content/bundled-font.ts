import { BUNDLED_FONT_FAMILY } from '../../components/typography';
import type { FontChoice } from '../../core/settings/appearance';
import { BUNDLED_FONT_FACES } from '../../utils/bundled-font-faces';
import { browser } from '../../utils/browser';

let registered: Promise<void> | undefined;

/**
 * Registers Atkinson Hyperlegible with the page's fonts, once per page, the first time a reader
 * chooses it. Fonts declared inside a shadow root are not used, so the faces go to
 * `document.fonts`; and they are read as bytes, so the page's font-src policy cannot refuse them.
 * Until they are ready (or if they never are) the text shows in the stack's next font.
 */
export function loadBundledFont(font: FontChoice): void {
  if (font !== 'hyperlegible' || registered) return;
  registered = Promise.all(
    BUNDLED_FONT_FACES.map(async ({ file, weight, style, unicodeRange }) => {
      const response = await fetch(browser.runtime.getURL(`/${file}`));
      return new FontFace(BUNDLED_FONT_FAMILY, await response.arrayBuffer(), { weight, style, unicodeRange }).load();
    }),
  ).then(
    // All at once, so the text changes font once, not face by face.
    (faces) => faces.forEach((face) => document.fonts.add(face)),
    () => {
      registered = undefined; // Asked again next time.
    },
  );
}
