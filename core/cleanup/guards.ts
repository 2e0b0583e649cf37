/** Elements that are the page itself or its landmarks: Legible never hides one. */
const NEVER_HIDDEN = new Set(['html', 'body', 'main', 'article', 'header', 'footer', 'nav', 'aside', 'section', 'form']);
/** Markup that holds or names the main text, which nothing Legible hides may contain. */
const MAIN_TEXT = 'main, article, [role="main"], [itemprop="articleBody"]';
/** More text than this is content, whatever it says: no notice, shell or widget is that long. */
export const MAX_HIDDEN_TEXT_CHARS = 600;

/** Whether Legible may hide `element`: never the page, a landmark, or anything holding the article. */
export function canHide(element: Element): boolean {
  return !NEVER_HIDDEN.has(element.localName) && !element.matches(MAIN_TEXT) && !element.querySelector(MAIN_TEXT);
}

/** Whether `element` holds more text than anything Legible hides ever does. */
export function hasLongText(element: Element): boolean {
  return (element.textContent?.length ?? 0) > MAX_HIDDEN_TEXT_CHARS;
}
