import TurndownService from 'turndown';

export type ExportMeta = { title: string; lang?: string; dir?: string; url: string };

/** What the reader shows for use, not for reading: controls, status lines, the outline. */
const NOT_FOR_EXPORT = 'button, input, select, .transcript-tools, .transcript-said, .outline, .read-aloud, [aria-hidden="true"], [hidden]';

/**
 * The reader's article as it stands, transcripts included, without its controls; clips that only
 * the transcript panel lists are added after it, so no words are missing and none twice.
 */
export function exportableArticle(reader: ParentNode): HTMLElement {
  const article = reader.querySelector('article')!.cloneNode(true) as HTMLElement;
  const placed = new Set(Array.from(article.querySelectorAll('figure[data-legible-media]'), (f) => f.getAttribute('data-legible-media')));
  const unplaced = Array.from(reader.querySelectorAll<HTMLElement>('.panel-clip[data-clip]')).filter(
    (clip) => !placed.has(clip.dataset.clip ?? ''),
  );
  if (unplaced.length > 0) {
    const section = article.ownerDocument.createElement('section');
    const heading = reader.querySelector('.transcript-panel h2')?.cloneNode(true);
    if (heading) section.append(heading);
    for (const clip of unplaced) section.append(clip.cloneNode(true));
    article.append(section);
  }
  for (const element of Array.from(article.querySelectorAll(NOT_FOR_EXPORT))) element.remove();
  for (const details of Array.from(article.querySelectorAll('details'))) details.open = true;
  for (const element of Array.from(article.querySelectorAll('[tabindex]'))) element.removeAttribute('tabindex');
  return article;
}

/** The article as Markdown (turndown), with a line saying where it came from. */
export function articleMarkdown(article: HTMLElement, meta: ExportMeta): string {
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  // A transcript's summary ("Transcript (7 lines)") becomes a line of its own in bold.
  turndown.addRule('summary', { filter: ['summary'], replacement: (content) => `\n\n**${content.trim()}**\n\n` });
  const body = turndown.turndown(article);
  return `${body}\n\n---\n\n${meta.url}\n`;
}

/**
 * The article as one HTML file that needs nothing else: the reader's words and transcripts, a
 * small stylesheet, and no script.
 */
export function standaloneHtml(article: HTMLElement, meta: ExportMeta): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const lang = meta.lang ? ` lang="${escape(meta.lang)}"` : '';
  const dir = meta.dir ? ` dir="${escape(meta.dir)}"` : '';
  return [
    '<!doctype html>',
    `<html${lang}${dir}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src https: data:; style-src \'unsafe-inline\'">',
    `<title>${escape(meta.title)}</title>`,
    `<style>${STANDALONE_CSS}</style>`,
    '</head>',
    '<body>',
    article.outerHTML,
    `<p class="source"><a href="${escape(meta.url)}">${escape(meta.url)}</a></p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const STANDALONE_CSS = [
  ':root { color-scheme: light dark; }',
  'body { max-width: 38em; margin: 2em auto; padding: 0 1em; font: 1.15rem/1.6 Georgia, serif; }',
  'img, video { max-width: 100%; height: auto; }',
  'figure { margin: 1.5em 0; }',
  'table { display: block; overflow-x: auto; border-collapse: collapse; }',
  'pre { overflow-x: auto; }',
  '.meta, figcaption, .cue-time, .source { font-family: system-ui, sans-serif; font-size: 0.9em; }',
  '.cues { list-style: none; padding: 0; }',
].join('\n');
