/** How many times the reader's styles are put back on a page that keeps taking them out. */
const MAX_RESTORES = 20;

/**
 * Keeps the reader whole on a page that fights it (page scripts can reach its open shadow root):
 * if the page takes the reader's element out of the document, the reader closes and gives the
 * page back its scrolling, to open again on the next toggle; if the page takes the reader's
 * styles out or empties them, they go back, a bounded number of times. Returns what stops it.
 */
export function guardReaderHost(host: HTMLElement, shadow: ShadowRoot, onGone: () => void): () => void {
  const styles = Array.from(shadow.querySelectorAll('style'), (style) => ({
    style,
    text: style.textContent ?? '',
    parent: style.parentNode,
  }));
  let restores = 0;
  const observer = new MutationObserver(() => {
    if (!host.isConnected) {
      observer.disconnect();
      onGone();
      return;
    }
    for (const { style, text, parent } of styles) {
      if (restores >= MAX_RESTORES || (style.isConnected && style.textContent === text)) continue;
      restores++;
      style.textContent = text;
      const home = parent?.isConnected ? parent : shadow;
      if (!style.isConnected) home.insertBefore(style, home.firstChild);
    }
  });
  observer.observe(document, { childList: true, subtree: false });
  observer.observe(document.documentElement, { childList: true });
  observer.observe(shadow, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
