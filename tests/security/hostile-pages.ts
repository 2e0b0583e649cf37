/**
 * Article pages with a payload in one place each: the body, a caption, alt text, the title, the
 * byline, the site name, og: tags, JSON-LD fields, a <noscript>, a clip's title and poster. The
 * article around it is long enough that the reader opens on it.
 */
import { escapeAttribute, escapeText, jsonInScript } from './hostile-markup';

export type Position = { name: string; page(payload: string): string };

const PARAGRAPHS = [
  'The ice came to the inner harbour in the first week of December, earlier than anyone on the quay could remember, and by the middle of the month the ferry needed the icebreaker every morning.',
  'Ingrid Lund, who has kept the harbour log for nineteen years, says the channel froze again within an hour of being opened, and that the crews began to work in two shifts to keep it clear.',
  'The fishermen moved their boats to the outer quay, where the current keeps the water open, and the market moved with them, so that the square by the old customs house stood empty until spring.',
  'By February the ice was thick enough to walk on near the shore, though the harbour master posted notices every few metres asking people to keep off it, and most of them did.',
];

function page({ title = 'Ice in the harbour', head = '', body = '' }: { title?: string; head?: string; body?: string }): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta property="og:type" content="article">${head}</head>
<body><article><h1>Ice in the harbour</h1><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>${body}<p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[3]}</p></article></body></html>`;
}

export const POSITIONS: readonly Position[] = [
  {
    name: 'the article body',
    page: (payload) => page({ body: `<p>The harbour master wrote in the log that night: ${payload} and nothing more.</p>` }),
  },
  {
    name: 'a figure caption',
    page: (payload) =>
      page({
        body: `<figure><img src="https://news.example.org/img/quay.jpg" alt="The quay in ice"><figcaption>The quay in January. ${payload}</figcaption></figure>`,
      }),
  },
  {
    name: 'alt text',
    page: (payload) =>
      page({
        body: `<figure><img src="https://news.example.org/img/quay.jpg" alt="${escapeAttribute(payload)}"><figcaption>The quay in January.</figcaption></figure>`,
      }),
  },
  { name: 'the title', page: (payload) => page({ title: escapeText(payload) }) },
  { name: 'the byline', page: (payload) => page({ head: `<meta name="author" content="${escapeAttribute(payload)}">` }) },
  { name: 'the site name', page: (payload) => page({ head: `<meta property="og:site_name" content="${escapeAttribute(payload)}">` }) },
  {
    name: 'og: title',
    page: (payload) =>
      page({
        head: `<meta property="og:title" content="${escapeAttribute(payload)}"><meta property="og:description" content="${escapeAttribute(payload)}">`,
      }),
  },
  {
    name: 'JSON-LD fields',
    page: (payload) =>
      page({
        head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${jsonInScript(payload)},"author":{"@type":"Person","name":${jsonInScript(payload)}},"publisher":{"@type":"Organization","name":${jsonInScript(payload)}},"datePublished":${jsonInScript(payload)},"video":{"@type":"VideoObject","name":${jsonInScript(payload)},"thumbnailUrl":${jsonInScript(payload)},"transcript":${jsonInScript(payload)}}}</script>`,
      }),
  },
  {
    name: 'a <noscript> in the body',
    page: (payload) => page({ body: `<noscript><p>Shown only without scripts: ${payload}</p></noscript>` }),
  },
  {
    name: "a clip's title and poster",
    page: (payload) =>
      page({
        body: `<video controls title="${escapeAttribute(payload)}" poster="${escapeAttribute(payload)}" src="https://media.example.net/clip.mp4"></video>`,
      }),
  },
];
