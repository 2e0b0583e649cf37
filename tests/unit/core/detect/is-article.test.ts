import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../../core/detect/is-article';
import { parseHtml } from '../load-fixture';

const LONG_PARAGRAPHS = [
  'The county board met on Tuesday evening to decide whether the winter ferry to Ravnsund should get an icebreaker escort for the coming season, a question that has divided the island for a decade.',
  'Supporters say the escort would cut the worst crossings from forty minutes to fifteen and keep the morning school run on time, while opponents point to the cost of chartering a vessel that may sit idle in a mild year.',
  'In the end the board chose a compromise: a standby contract that only pays for days on which the sound freezes past the harbour light, to be reviewed after two winters of crossing logs from the ferry crew.',
  'The skipper, who has kept those logs for nineteen years, said she was relieved, and that the logs would finally be read by someone other than the harbour cat that sleeps on the chart table every afternoon.',
];

function page(head: string, body: string): Document {
  return parseHtml(`<!doctype html><html><head><title>Test page</title>${head}</head><body>${body}</body></html>`);
}

const SHORT_BODY = '<nav><a href="/">Home</a> <a href="/shop">Shop</a></nav><h1>Welcome</h1><p>Find us at the harbour.</p>';

describe('detectArticle', () => {
  it('says a short page with no article signals is not an article', () => {
    const verdict = detectArticle(page('', SHORT_BODY));
    expect(verdict.isArticle).toBe(false);
    expect(verdict.reason).toBeTruthy();
  });

  it('takes og:type article as an article', () => {
    const verdict = detectArticle(page('<meta property="og:type" content="article">', SHORT_BODY));
    expect(verdict.isArticle).toBe(true);
    expect(verdict.reason).toBe('whyOgType');
  });

  it('reads og:type regardless of case and surrounding spaces', () => {
    expect(detectArticle(page('<meta property="og:type" content=" Article ">', SHORT_BODY)).isArticle).toBe(true);
  });

  it('does not take og:type website as an article', () => {
    expect(detectArticle(page('<meta property="og:type" content="website">', SHORT_BODY)).isArticle).toBe(false);
  });

  it('takes a JSON-LD NewsArticle as an article', () => {
    const ld =
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ice on the sound"}</script>';
    const verdict = detectArticle(page(ld, SHORT_BODY));
    expect(verdict.isArticle).toBe(true);
    expect(verdict.reason).toBe('whyJsonLd');
  });

  it('finds an article type inside an @graph', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify(
      {
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Northcoast Courier' },
          { '@type': 'BlogPosting', headline: 'Ice on the sound', author: { '@type': 'Person', name: 'Maren Holt' } },
        ],
      },
      null,
      2,
    )}</script>`;
    expect(detectArticle(page(ld, SHORT_BODY)).isArticle).toBe(true);
  });

  it('finds an article type inside an array @type', () => {
    const ld = '<script type="application/ld+json">{"@type": ["WebPage", "ReportageNewsArticle"], "headline": "Ice"}</script>';
    expect(detectArticle(page(ld, SHORT_BODY)).isArticle).toBe(true);
  });

  it('looks past a first JSON-LD block that is not an article', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"Organization","name":"Courier"}</script>' +
      '<script type="application/ld+json">{"@type":"Article","headline":"Ice"}</script>';
    expect(detectArticle(page(ld, SHORT_BODY)).isArticle).toBe(true);
  });

  it('does not take JSON-LD of other types as an article', () => {
    const ld = '<script type="application/ld+json">{"@type":["WebSite","Organization"],"name":"Articles and more"}</script>';
    expect(detectArticle(page(ld, SHORT_BODY)).isArticle).toBe(false);
  });

  it('does not take a type that merely starts with Article', () => {
    const ld = '<script type="application/ld+json">{"@type":"ArticleSeries","name":"Winter"}</script>';
    expect(detectArticle(page(ld, SHORT_BODY)).isArticle).toBe(false);
  });

  it('ignores article types in scripts that are not JSON-LD', () => {
    const script = '<script type="text/plain">{"@type":"NewsArticle"}</script>';
    expect(detectArticle(page(script, SHORT_BODY)).isArticle).toBe(false);
  });

  it('takes a marked articleBody as an article', () => {
    const body = '<div itemscope itemtype="https://schema.org/Article"><div itemprop="articleBody"><p>Short.</p></div></div>';
    const verdict = detectArticle(page('', body));
    expect(verdict.isArticle).toBe(true);
    expect(verdict.reason).toBe('whyArticleBody');
  });

  it('takes a page whose <article> holds a long story as an article', () => {
    // One paragraph-less block, so only the <article> signal can say yes.
    const story = `<article><div>${'The ferry crossed the sound at midnight. '.repeat(40)}</div></article>`;
    expect(detectArticle(page('', story))).toEqual({ isArticle: true, reason: 'whyLongArticle' });
  });

  it('does not take a list of short <article> teasers as an article', () => {
    const teasers = Array.from(
      { length: 8 },
      (_, i) => `<article><h2>Story ${i}</h2><div>A short teaser for story ${i}.</div></article>`,
    ).join('');
    expect(detectArticle(page('', teasers)).isArticle).toBe(false);
  });

  it.each([
    ['hidden', 'hidden'],
    ['aria-hidden', 'aria-hidden="true"'],
    ['an inline display: none', 'style="color: red; display : none"'],
  ])('does not count paragraphs marked %s as running text', (_, attribute) => {
    const body = `<div class="story">${LONG_PARAGRAPHS.map((p) => `<p ${attribute}>${p}</p>`).join('')}</div>`;
    expect(detectArticle(page('', body)).isArticle).toBe(false);
  });

  it('takes a page with enough running text as an article', () => {
    const body = `<div class="story">${LONG_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const verdict = detectArticle(page('', body));
    expect(verdict.isArticle).toBe(true);
    expect(verdict.reason).toBe('whyRunningText');
  });

  it('takes a short story whose player asks for JavaScript for an article, and a page that does so itself for an app', () => {
    const notice = '<noscript><p>Javascript är avstängt</p><p>Javascript måste vara påslaget för att spela upp video</p></noscript>';
    const story = `<main><article><h1>Isvintern</h1><figure><div class="video-player">${notice}</div></figure><p>${LONG_PARAGRAPHS[0]}</p><p>${LONG_PARAGRAPHS[1]}</p></article></main>`;
    expect(detectArticle(page('', story))).toEqual({ isArticle: true, reason: 'whyRunningText' });
    expect(detectArticle(page('', `${notice}<div id="mount"></div><p>${LONG_PARAGRAPHS[0]}</p>`))).toEqual({
      isArticle: false,
      reason: 'whyAppShell',
    });
  });

  it('does not count paragraphs that are hidden', () => {
    const body = `${LONG_PARAGRAPHS.map((p, i) => (i % 2 ? `<p hidden>${p}</p>` : `<p style="display: none">${p}</p>`)).join('')}${SHORT_BODY}`;
    expect(detectArticle(page('', body)).isArticle).toBe(false);
  });
});
