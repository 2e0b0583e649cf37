// Functions the bench runs inside the page under test (serialized by evaluateIn): they must be
// self-contained and return JSON.

/** What the open reader shows: its article text, or that it said there was no article. */
export type ReaderOutcome = { state: 'article'; text: string } | { state: 'no-article' };

/**
 * The reader's article text as a person sees it (as JSON; empty while the reader is not open yet): every part rendered (The reader's paragraphs use
 * `content-visibility: auto`, whose unrendered parts `innerText` skips), and only the article
 * itself: the title header, the outline and the clips' cards are the reader's own.
 */
export function readReaderOutcome(): string {
  const said = (outcome: ReaderOutcome) => JSON.stringify(outcome);
  const root = document.querySelector('legible-reader')?.shadowRoot;
  if (!root) return ''; // Not open yet.
  if (root.querySelector('[role="alertdialog"] .notice')) return said({ state: 'no-article' });
  const content = root.querySelector<HTMLElement>('article .content');
  if (!content) return '';
  const style = document.createElement('style');
  style.textContent =
    '.content, .content * { content-visibility: visible !important; } .content figure[data-legible-media] { display: none !important; }';
  root.append(style);
  try {
    return said({ state: 'article', text: content.innerText });
  } finally {
    style.remove();
  }
}

/**
 * Runs a stand-in extractor (its library already loaded into the page as `globalThis[name]`) on
 * a copy of the live page, and returns its article's text as rendered, or null where it found none.
 */
export function runStandIn(name: 'Readability' | 'Defuddle', pageUrl: string): { text: string | null; html: string | null; ms: number } {
  type Parsed = { content?: string | null } | null;
  type Extractor = new (doc: Document, options?: object) => { parse(): Parsed };
  const Extractor = (globalThis as unknown as Record<string, Extractor>)[name]!;
  const started = performance.now();
  const parsed =
    name === 'Readability'
      ? new Extractor(document.cloneNode(true) as Document).parse()
      : new Extractor(document, { url: pageUrl }).parse();
  const ms = performance.now() - started;
  if (!parsed?.content) return { text: null, html: null, ms };
  // Rendered in a shadow root of its own, away from the page's styles, as a reader would show it.
  const host = document.createElement('legible-bench-stand-in');
  host.style.cssText = 'position: absolute; left: -20000px; top: 0; width: 700px;';
  const shadow = host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  shadow.append(box);
  box.innerHTML = parsed.content;
  document.documentElement.append(host);
  try {
    return { text: box.innerText, html: parsed.content, ms };
  } finally {
    host.remove();
  }
}

/**
 * The floor under any second pass, in ms: one read of what its rules need of an article (every
 * element's class and id, every leaf block's text and its links' text) and nothing decided, run
 * once, cold, in the page's fresh renderer, as the reader's own pass runs. Given Readability's
 * article for the page.
 */
export function timeFloorPass(html: string): number {
  const BLOCKS =
    'p, div, section, article, aside, header, footer, nav, ul, ol, dl, li, dd, dt, table, blockquote, figure, figcaption, h1, h2, h3, h4, h5, h6, form, details';
  const content = document.implementation.createHTMLDocument('').createElement('div');
  content.innerHTML = html;
  const started = performance.now();
  // Summed, as a pass goes on to weigh what it read.
  let chars = 0;
  for (const element of Array.from(content.querySelectorAll('*')))
    chars += (element.getAttribute('class') ?? '').length + element.id.length;
  for (const block of Array.from(content.querySelectorAll(BLOCKS))) {
    if (block.querySelector(BLOCKS)) continue;
    chars += (block.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    for (const link of Array.from(block.querySelectorAll('a[href]'))) chars += (link.textContent ?? '').length;
  }
  return performance.now() - started;
}

/** Text of an article as a person would see it rendered (for the Readability pages' expected.html). */
export function renderedText(html: string): string {
  const host = document.createElement('legible-bench-expected');
  host.style.cssText = 'position: absolute; left: -20000px; top: 0; width: 700px;';
  const box = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(box);
  box.innerHTML = html;
  document.documentElement.append(host);
  try {
    return box.innerText;
  } finally {
    host.remove();
  }
}
