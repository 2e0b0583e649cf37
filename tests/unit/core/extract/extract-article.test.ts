import { afterEach, describe, expect, it } from 'vitest';
import { cleanupJudged } from '../cleanup/judged';
import { extractArticle, type ExtractResult } from '../../../../core/extract/extract-article';
import type { ReaderDocument } from '../../../../core/extract/reader-document';
import { readFixture } from '../load-fixture';
import { openPage } from './page-window';

const PAGE_URL = 'https://news.example.org/2024/02/ferry-ice.html';
const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

function page(html: string, url = PAGE_URL): Document {
  const { document, close } = openPage(html, url);
  closers.push(close);
  return document;
}

function article(result: ExtractResult): ReaderDocument {
  if (!result.ok) throw new Error(`expected an article, got ${result.reason}`);
  return result.article;
}

function contentOf(doc: Document, reader: ReaderDocument): HTMLElement {
  const holder = doc.createElement('div');
  holder.innerHTML = reader.contentHtml;
  return holder;
}

function normalized(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Long article text made of numbered paragraphs with exactly `words` words each. */
function paragraphs(count: number, words: number): string {
  return Array.from(
    { length: count },
    (_, i) => `<p>${Array.from({ length: words }, (_, w) => (w === 0 ? `Paragraph${i + 1}` : 'ice')).join(' ')}.</p>`,
  ).join('\n');
}

describe('extractArticle', () => {
  it('reads the title, byline, site, date, language and address of an article', () => {
    const reader = article(extractArticle(page(readFixture('extract', 'ferry-with-clip'))));
    expect(reader.title).toBe('The ferry that breaks its own ice');
    expect(reader.byline).toBe('Maren Holt');
    expect(reader.siteName).toBe('Northcoast Courier');
    expect(reader.publishedTime).toBe('2024-02-14T06:30:00+01:00');
    expect(reader.lang).toBe('en');
    expect(reader.url).toBe(PAGE_URL);
  });

  it('keeps the article’s paragraphs in the content', () => {
    const doc = page(readFixture('extract', 'ferry-with-clip'));
    const reader = article(extractArticle(doc));
    const text = normalized(contentOf(doc, reader).textContent);
    expect(text).toContain('Skipper Tove Ahlgren has crossed the sound for nineteen years.');
    expect(text).toContain('bring the ferry across one way or another.');
    expect(text).not.toContain('Sport Weather');
  });

  it('describes the clip with its captions track and leaves chapters out', () => {
    const reader = article(extractArticle(page(readFixture('extract', 'ferry-with-clip'))));
    expect(reader.media).toEqual([
      {
        id: 'clip-1',
        source: 'html5',
        mediaType: 'video',
        title: 'Skipper Tove Ahlgren on the ice route',
        pageUrl: PAGE_URL,
        pageLang: 'en',
        poster: 'https://news.example.org/img/ferry-poster.jpg',
        tracks: [
          { url: 'https://news.example.org/captions/ferry.en.vtt', kind: 'captions', lang: 'en', label: 'English', isDefault: true },
        ],
      },
    ]);
  });

  it('puts an empty clip slot right after the paragraph that preceded the video', () => {
    const doc = page(readFixture('extract', 'ferry-with-clip'));
    const reader = article(extractArticle(doc));
    expect(reader.contentHtml).toContain('<figure data-legible-media="clip-1"></figure>');
    const content = contentOf(doc, reader);
    expect(content.querySelectorAll('video, track')).toHaveLength(0);
    const sequence = Array.from(content.querySelectorAll('p, [data-legible-media]'));
    const slot = content.querySelector('[data-legible-media="clip-1"]')!;
    const at = sequence.indexOf(slot);
    expect(normalized(sequence[at - 1]?.textContent)).toMatch(/^On the first cold morning of the season/);
    expect(normalized(sequence[at + 1]?.textContent)).toMatch(/^In the clip above you can hear her narrate/);
  });

  it('leaves out what the sentinel hid', () => {
    const doc = page(readFixture('extract', 'ferry-with-clip'));
    expect(cleanupJudged(doc, { scriptsOff: true, salvage: true }).hidden).toHaveLength(1);
    const reader = article(extractArticle(doc));
    expect(reader.contentHtml).not.toMatch(/Javascript is turned off|Javascript must be turned on|browser support/);
    expect(reader.contentHtml).not.toContain('data-legible-hidden');
  });

  it('gives a dead player the sentinel hid a card where it stood', () => {
    const doc = page(`<html lang="en"><head><title>Crane</title></head><body><article><h1>Crane</h1>
      ${paragraphs(3, 40)}<div class="jwplayer" data-jw-media-id="AbCd1234" title="Crane drivers at dawn"><noscript><p>Javascript is turned off</p></noscript></div>${paragraphs(3, 40)}</article></body></html>`);
    cleanupJudged(doc, { scriptsOff: true, salvage: true });
    expect(doc.querySelector('.jwplayer')?.getAttribute('data-legible-hidden')).toBe('dead-player');
    const reader = article(extractArticle(doc));
    expect(reader.media).toEqual([
      expect.objectContaining({ id: 'clip-1', source: 'player', family: 'jwplayer', videoId: 'AbCd1234', title: 'Crane drivers at dawn' }),
    ]);
    const content = contentOf(doc, reader);
    const sequence = Array.from(
      content.querySelectorAll('p, [data-legible-media]'),
      (el) => el.getAttribute('data-legible-media') ?? normalized(el.textContent).split(' ')[0],
    );
    expect(sequence).toEqual(['Paragraph1', 'Paragraph2', 'Paragraph3', 'clip-1', 'Paragraph1', 'Paragraph2', 'Paragraph3']);
    expect(reader.contentHtml).not.toContain('Javascript is turned off');
  });

  it('finds a clip in a <noscript> that the page kept as text (page scripts on), where the noscript stood', () => {
    const doc = page(`<html lang="en"><head><title>Fog</title></head><body><article><h1>Fog</h1>
      ${paragraphs(3, 40)}<div class="player" id="player"></div>${paragraphs(3, 40)}</article></body></html>`);
    const noscript = doc.createElement('noscript');
    // With scripting on, the parser keeps noscript content as one text node.
    noscript.append(
      doc.createTextNode(
        '<video title="Foghorn at the pier"><track kind="captions" src="/cc/foghorn.en.vtt" srclang="en"></video><p>Javascript is turned off</p>',
      ),
    );
    doc.getElementById('player')!.append(noscript);
    const before = doc.documentElement.outerHTML;
    const reader = article(extractArticle(doc));
    expect(reader.media).toEqual([
      expect.objectContaining({
        source: 'html5',
        title: 'Foghorn at the pier',
        tracks: [expect.objectContaining({ url: 'https://news.example.org/cc/foghorn.en.vtt', lang: 'en' })],
      }),
    ]);
    const content = contentOf(doc, reader);
    const sequence = Array.from(
      content.querySelectorAll('p, [data-legible-media]'),
      (el) => el.getAttribute('data-legible-media') ?? normalized(el.textContent).split(' ')[0],
    );
    expect(sequence).toEqual(['Paragraph1', 'Paragraph2', 'Paragraph3', 'clip-1', 'Paragraph1', 'Paragraph2', 'Paragraph3']);
    expect(reader.contentHtml).not.toContain('Javascript is turned off');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('leaves out a hidden element even when it reads like article text', () => {
    const hiddenText =
      'This paragraph was hidden by the sentinel although it is long enough and plain enough to pass for the story itself.';
    const doc = page(`<html><head><title>Hidden</title></head><body><article><h1>Hidden</h1>
      ${paragraphs(3, 40)}<p data-legible-hidden="js-notice">${hiddenText}</p>${paragraphs(3, 40)}</article></body></html>`);
    const reader = article(extractArticle(doc));
    expect(reader.contentHtml).toContain('Paragraph3');
    expect(reader.contentHtml).not.toContain('hidden by the sentinel');
  });

  it('strips scripts, event handlers, javascript: links, classes and inline styles', () => {
    const doc = page(readFixture('extract', 'ferry-with-clip'));
    const reader = article(extractArticle(doc));
    expect(reader.contentHtml).not.toMatch(/<script/i);
    expect(reader.contentHtml).not.toMatch(/\son[a-z]+=/i);
    expect(reader.contentHtml).not.toMatch(/javascript:/i);
    expect(reader.contentHtml).not.toMatch(/\sclass=/i);
    expect(reader.contentHtml).not.toMatch(/\sstyle=/i);
    expect(reader.contentHtml).not.toContain('stealCookies');
    // The image and the link's words stay; only what could run is gone.
    const content = contentOf(doc, reader);
    expect(content.querySelector('img')?.getAttribute('src')).toBe('https://news.example.org/img/log.jpg');
    expect(normalized(content.textContent)).toContain("the island's own poll showed");
  });

  it('does not change the page', () => {
    const doc = page(readFixture('extract', 'ferry-with-clip'));
    cleanupJudged(doc, { scriptsOff: true, salvage: true });
    const before = doc.documentElement.outerHTML;
    article(extractArticle(doc));
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelector('video')).not.toBeNull();
    expect(doc.querySelector('[data-legible-media]')).toBeNull();
  });

  it('puts a clip the parser dropped after the paragraph that preceded it', () => {
    const doc = page(`<html lang="en"><head><title>Dropped clip</title></head><body><article><h1>Dropped clip</h1>
      ${paragraphs(2, 40)}
      <aside class="related"><video title="Related clip"><track src="related.vtt" srclang="en"></video></aside>
      <p>A short line.</p>
      ${paragraphs(3, 40).replace(/Paragraph(\d)/g, 'Later$1')}
      </article></body></html>`);
    const reader = article(extractArticle(doc));
    const content = contentOf(doc, reader);
    const slot = content.querySelector('[data-legible-media="clip-1"]');
    expect(slot).not.toBeNull();
    expect(normalized(slot!.previousElementSibling?.textContent)).toMatch(/^Paragraph2 /);
    expect(reader.media.map((m) => m.id)).toEqual(['clip-1']);
  });

  it('numbers several clips in order and keeps each in its place', () => {
    const doc = page(`<html><head><title>Two clips</title></head><body><article><h1>Two clips</h1>
      ${paragraphs(2, 40)}<video title="First"></video>
      ${paragraphs(2, 40).replace(/Paragraph(\d)/g, 'Middle$1')}<audio title="Second"></audio>
      ${paragraphs(2, 40).replace(/Paragraph(\d)/g, 'Last$1')}</article></body></html>`);
    const reader = article(extractArticle(doc));
    expect(reader.media.map((m) => [m.id, m.title, m.mediaType])).toEqual([
      ['clip-1', 'First', 'video'],
      ['clip-2', 'Second', 'audio'],
    ]);
    const content = contentOf(doc, reader);
    const before = (id: string) => normalized(content.querySelector(`[data-legible-media="${id}"]`)?.previousElementSibling?.textContent);
    expect(before('clip-1')).toMatch(/^Paragraph2 /);
    expect(before('clip-2')).toMatch(/^Middle2 /);
  });

  it('estimates reading time at 230 words a minute', () => {
    // 12 paragraphs of 80 words: 960 words, a little over four minutes.
    const doc = page(
      `<html><head><title>Long read</title></head><body><article><h1>Long read</h1>${paragraphs(12, 80)}</article></body></html>`,
    );
    expect(article(extractArticle(doc)).readingMinutes).toBe(4);
  });

  it('gives a short article at least one minute', () => {
    const doc = page(
      `<html><head><title>Short read</title></head><body><article><h1>Short read</h1>${paragraphs(3, 30)}</article></body></html>`,
    );
    expect(article(extractArticle(doc)).readingMinutes).toBe(1);
  });

  it('takes the language from the page when the parser finds none', () => {
    const doc = page(
      `<html lang=" sv-SE "><head><title>Isen</title></head><body><article><h1>Isen</h1>${paragraphs(4, 40)}</article></body></html>`,
    );
    expect(article(extractArticle(doc)).lang).toBe('sv-SE');
  });

  // MathML is checked in real browsers (tests/e2e/reader-content.e2e.ts): happy-dom does not parse it.
  it('keeps tables, code, footnotes and images with their alt text', () => {
    const doc = page(`<html lang="en"><head><title>Tides</title></head><body><article><h1>Tides</h1>${paragraphs(3, 40)}
      <p>The range follows <math><mi>h</mi><mo>=</mo><msup><mi>a</mi><mn>2</mn></msup></math> at spring tide.<sup><a href="#fn1" id="ref1">1</a></sup></p>
      <table><tr><th>Port</th><th>Range</th></tr><tr><td>Skarvö</td><td>1.2 m</td></tr></table>
      <pre><code>tide --port skarvo</code></pre>
      <figure><img src="https://news.example.org/tide.jpg" alt="Low water at the Skarvö quay"><figcaption>Low water.</figcaption></figure>
      ${paragraphs(2, 40)}
      <ol><li id="fn1">Measured in 2023. <a href="#ref1">Back</a></li></ol></article></body></html>`);
    const content = contentOf(doc, article(extractArticle(doc)));
    expect(Array.from(content.querySelectorAll('td'), (td) => td.textContent)).toEqual(['Skarvö', '1.2 m']);
    expect(content.querySelector('pre code')?.textContent).toBe('tide --port skarvo');
    expect(content.querySelector('img')?.getAttribute('alt')).toBe('Low water at the Skarvö quay');
    // The footnote keeps its link and its target (its id made safe for the reader's own ids).
    expect(content.querySelector('sup a')?.getAttribute('href')).toBe('#fn1');
    expect(content.querySelector('li[id$="fn1"]')?.textContent).toContain('Measured in 2023.');
  });

  it('keeps the direction of a right-to-left article', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'المد').join(' ');
    const doc = page(
      `<html lang="ar" dir="rtl"><head><title>المد</title></head><body><article><h1>المد</h1>${Array.from({ length: 5 }, () => `<p>${words(40)}.</p>`).join('')}</article></body></html>`,
    );
    const reader = article(extractArticle(doc));
    expect([reader.lang, reader.dir]).toEqual(['ar', 'rtl']);
  });

  it('says not-article for a page with nothing to read', () => {
    const result = extractArticle(page('<html><head><title>Empty</title></head><body></body></html>'));
    expect(result).toMatchObject({ ok: false, reason: 'not-article' });
    if (!result.ok) expect(result.detail).not.toBe('');
  });

  describe('with JSON-LD clips', () => {
    const NOTICE = 'Switch on JavaScript in your browser to watch the crossing.';
    const structuredData = (clips: object[]) =>
      `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'Night ferry' }, ...clips] })}</script>`;
    const VIDEO = {
      '@type': 'VideoObject',
      name: 'The midnight crossing',
      embedUrl: 'https://player.example.com/embed/wharf-8080',
      caption: { '@type': 'MediaObject', contentUrl: '/cc/wharf-8080.en.vtt', encodingFormat: 'text/vtt', inLanguage: 'en' },
      transcript: 'The ropes come in. The ferry leaves.',
    };
    const AUDIO = { '@type': 'AudioObject', name: 'Engine room sounds', transcript: 'A steady thrum.' };

    function nightFerry(shell: string, clips: object[] = [VIDEO]): string {
      return `<html lang="en"><head><title>Night ferry</title>${structuredData(clips)}</head><body><article><h1>Night ferry</h1>
        ${paragraphs(3, 40)}
        ${shell}
        ${paragraphs(3, 40).replace(/Paragraph(\d)/g, 'Later$1')}
        </article></body></html>`;
    }

    it.each([
      [
        'holds the player that carries the id',
        `<div class="video-shell" data-legible-hidden="js-notice"><div class="player" data-video-id="wharf-8080"></div><p>${NOTICE}</p></div>`,
      ],
      [
        'carries the id itself',
        `<div class="video-shell" data-legible-hidden="js-notice" data-video-id="wharf-8080"><p>${NOTICE}</p></div>`,
      ],
    ])('puts the clip’s slot where a hidden dead player shell stood when the shell %s', (_name, shell) => {
      const doc = page(nightFerry(shell));
      const reader = article(extractArticle(doc));
      expect(reader.media).toEqual([
        {
          id: 'clip-1',
          source: 'json-ld',
          mediaType: 'video',
          title: 'The midnight crossing',
          pageUrl: PAGE_URL,
          pageLang: 'en',
          poster: undefined,
          tracks: [
            {
              url: 'https://news.example.org/cc/wharf-8080.en.vtt',
              kind: 'captions',
              lang: 'en',
              label: undefined,
              isDefault: false,
              type: 'text/vtt',
            },
          ],
          transcriptText: 'The ropes come in. The ferry leaves.',
        },
      ]);
      const content = contentOf(doc, reader);
      const slot = content.querySelector('figure[data-legible-media="clip-1"]');
      expect(slot).not.toBeNull();
      expect(normalized(slot!.previousElementSibling?.textContent)).toMatch(/^Paragraph3 /);
      expect(normalized(slot!.nextElementSibling?.textContent)).toMatch(/^Later1 /);
      expect(reader.contentHtml).not.toContain(NOTICE);
      expect(reader.contentHtml).not.toContain('data-legible-hidden');
      expect(reader.contentHtml).not.toContain('wharf-8080');
    });

    it('lists a clip the page only describes but gives it no slot', () => {
      const doc = page(
        nightFerry(`<div data-legible-hidden="js-notice"><div data-video-id="wharf-8080"></div><p>${NOTICE}</p></div>`, [AUDIO, VIDEO]),
      );
      const reader = article(extractArticle(doc));
      expect(reader.media.map((m) => [m.id, m.source, m.mediaType, m.title])).toEqual([
        ['clip-1', 'json-ld', 'video', 'The midnight crossing'],
        ['clip-2', 'json-ld', 'audio', 'Engine room sounds'],
      ]);
      const content = contentOf(doc, reader);
      expect(Array.from(content.querySelectorAll('[data-legible-media]'), (el) => el.getAttribute('data-legible-media'))).toEqual([
        'clip-1',
      ]);
      expect(normalized(content.textContent)).not.toContain('Engine room sounds');
    });

    it('gives a clip whose player is not on the page no slot and drops nothing from the article', () => {
      const doc = page(nightFerry(`<p data-legible-hidden="js-notice">${NOTICE}</p>`));
      const reader = article(extractArticle(doc));
      expect(reader.media.map((m) => m.id)).toEqual(['clip-1']);
      expect(reader.contentHtml).not.toContain('data-legible-media');
      expect(reader.contentHtml).not.toContain(NOTICE);
      expect(reader.contentHtml).toContain('Paragraph3');
      expect(reader.contentHtml).toContain('Later1');
    });
  });
});
