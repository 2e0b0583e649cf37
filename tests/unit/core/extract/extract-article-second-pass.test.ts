import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle, type ExtractResult } from '../../../../core/extract/extract-article';
import type { ReaderDocument } from '../../../../core/extract/reader-document';
import { unwrapRenderedNoscripts } from '../../../../core/extract/rendered-noscript';
import { openPage } from './page-window';
import { STORY } from './leftovers/leave-out';

const PAGE_URL = 'https://courier.example/2024/02/ferry-ice.html';
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

function page(body: string): Document {
  const { document, close } = openPage(
    `<html lang="en"><head><title>The ferry that breaks its own ice</title></head><body>${body}</body></html>`,
    PAGE_URL,
  );
  closers.push(close);
  return document;
}

function article(result: ExtractResult): ReaderDocument {
  if (!result.ok) throw new Error(`expected an article, got ${result.reason}`);
  return result.article;
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('extractArticle: the second pass', () => {
  it('leaves the page’s leftovers out of the article, and keeps Readability’s own text, sanitized, for the switch', () => {
    const reader = article(extractArticle(page(`<article>${STORY}<p class="nl">Sign up for our weekly newsletter.</p></article>`)));
    expect(reader.contentHtml).toContain('Skipper Tove Ahlgren');
    expect(reader.contentHtml).not.toContain('Sign up');
    expect(reader.leftOut?.count).toBe(1);
    expect(reader.leftOut?.withLeftoversHtml()).toContain('Sign up for our weekly newsletter.');
    expect(reader.leftOut?.withLeftoversHtml()).not.toContain('class=');
  });

  it('says nothing was left out where nothing was', () => {
    expect(article(extractArticle(page(`<article>${STORY}</article>`))).leftOut).toBeUndefined();
  });

  it('reads the body the page marks as its story where Readability picks another block', () => {
    const legal = Array.from(
      { length: 4 },
      (_, i) =>
        `<p>Clause ${i + 1}. The publisher keeps every right to the texts and images on this site, and no part of them may be copied, stored or sent on without written leave from the editor.</p>`,
    ).join('');
    const short =
      '<p>The ferry crossed again this morning after three days in the harbour.</p><p>The ice had broken up overnight, the harbour office said, and the first boat left at six.</p>';
    const reader = article(
      extractArticle(page(`<div class="legal-text">${legal}</div><article><div class="entry-content">${short}</div></article>`)),
    );
    expect(text(reader.contentHtml)).toContain('The ferry crossed again this morning');
    expect(reader.contentHtml).not.toContain('Clause 1');
  });
});

describe('extractArticle: the lead under the headline', () => {
  const LEAD = 'The island ferry has crossed frozen water for sixty winters; this year a new hull keeps it going.';

  it('puts the lead the page sets under its headline, outside the story’s body, at the top of the article', () => {
    const doc = page(
      `<header><h1>The ferry that breaks its own ice</h1><p class="article-lead">${LEAD}</p></header><div class="article-body">${STORY}</div>`,
    );
    const reader = article(extractArticle(doc));
    expect(text(reader.contentHtml).trim().startsWith(LEAD)).toBe(true);
  });

  it('knows the lead by the page’s own description too, and never shows it twice', () => {
    const doc = page(`<h1>The ferry that breaks its own ice</h1><p>${LEAD}</p><article>${STORY}</article>`);
    const meta = doc.createElement('meta');
    meta.setAttribute('name', 'description');
    meta.setAttribute('content', LEAD);
    doc.head.append(meta);
    expect(text(article(extractArticle(doc)).contentHtml).split(LEAD)).toHaveLength(2);
    const inBody = page(`<h1>The ferry that breaks its own ice</h1><article><p class="lead">${LEAD}</p>${STORY}</article>`);
    expect(text(article(extractArticle(inBody)).contentHtml).split(LEAD)).toHaveLength(2);
  });

  it('takes no other block for a lead', () => {
    const doc = page(
      `<h1>The ferry that breaks its own ice</h1><p class="promo">Subscribe today and read every story from the islands for one euro a week.</p><article>${STORY}</article>`,
    );
    expect(article(extractArticle(doc)).contentHtml).not.toContain('one euro a week');
  });
});

describe('unwrapRenderedNoscripts', () => {
  it('gives a <noscript> whose content the parser made elements (scripts off) way to that content', () => {
    const doc = page('');
    const noscript = doc.createElement('noscript');
    const story = doc.createElement('div');
    story.innerHTML = STORY;
    noscript.append(story);
    doc.body.append(noscript);
    unwrapRenderedNoscripts(doc);
    expect(doc.querySelector('noscript')).toBeNull();
    expect(doc.body.firstElementChild).toBe(story);
  });

  it('leaves a <noscript> the parser kept as text (scripts on): nobody sees it', () => {
    const doc = page('');
    const noscript = doc.createElement('noscript');
    noscript.append(doc.createTextNode('<p>Javascript is turned off</p>'));
    doc.body.append(noscript);
    unwrapRenderedNoscripts(doc);
    expect(doc.querySelector('noscript')?.textContent).toBe('<p>Javascript is turned off</p>');
  });

  it('lets the reader read a page a stray tag left inside a <noscript>', () => {
    const doc = page('');
    const noscript = doc.createElement('noscript');
    const wrapper = doc.createElement('div');
    wrapper.innerHTML = `<div id="menu"><a href="/">Home</a></div><div id="text">${STORY}</div>`;
    noscript.append(wrapper);
    doc.body.append(noscript);
    expect(article(extractArticle(doc)).contentHtml).toContain('Skipper Tove Ahlgren');
  });
});
