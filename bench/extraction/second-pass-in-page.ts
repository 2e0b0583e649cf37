// Bundled by the extraction bench and run in the page under test, after the reader has opened:
// Legible's own second pass, on plain Readability's article for the page, in the page's world.
import { LEFTOVER_RULES } from '../../core/extract/leftovers/rules';
import { leaveOutLeftovers } from '../../core/extract/leftovers/second-pass';

/** The pass's time on a fresh copy of the article, in ms. */
function timePass(html: string, url: string, title: string, lang: string | undefined): number {
  const content = document.implementation.createHTMLDocument('').createElement('div');
  content.innerHTML = html;
  const started = performance.now();
  leaveOutLeftovers(content, { url, baseUrl: url, title, lang }, LEFTOVER_RULES);
  return performance.now() - started;
}

/**
 * The pass run twice on the same article: the first run pays for compiling its code and its
 * phrase patterns in this world (patterns the reader compiled may be found compiled already); the
 * second is the work alone.
 */
(globalThis as unknown as { legibleSecondPassTwice: unknown }).legibleSecondPassTwice = (
  html: string,
  url: string,
  title: string,
  lang?: string,
) => ({
  first: timePass(html, url, title, lang),
  again: timePass(html, url, title, lang),
});
