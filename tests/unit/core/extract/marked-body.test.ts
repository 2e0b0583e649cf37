import { describe, expect, it } from 'vitest';
import { coverageOf, findMarkedBody } from '../../../../core/extract/marked-body';
import { parseHtml } from '../load-fixture';
import { STORY } from './leftovers/leave-out';

const PAGE = { url: 'https://courier.example/ferry.html', baseUrl: 'https://courier.example/ferry.html' };
const SIDEBAR =
  '<div class="sidebar"><p>Weather on the sound this week: cold, with northerly winds and snow showers in the evenings.</p></div>';

describe('findMarkedBody', () => {
  it('finds the innermost body the page marks as its story', () => {
    const doc = parseHtml(
      `<body><main><article class="post"><h1>Ferry</h1><div class="entry-content">${STORY}</div><p>Filed under islands.</p></article>${SIDEBAR}</main></body>`,
    );
    const body = findMarkedBody(doc, PAGE);
    expect(body?.element.className).toBe('entry-content');
    expect(body?.paragraphs).toHaveLength(4);
  });

  it('takes itemprop="articleBody" as the story', () => {
    const doc = parseHtml(`<body><div itemprop="articleBody">${STORY}</div>${SIDEBAR}</body>`);
    expect(findMarkedBody(doc, PAGE)?.element.getAttribute('itemprop')).toBe('articleBody');
  });

  it('finds none where one mark is shared by many blocks of a list (posts of a thread, teasers)', () => {
    const posts = STORY.split('\n')
      .map((p) => `<div class="post-content">${p}</div>`)
      .join('');
    expect(findMarkedBody(parseHtml(`<body>${posts}</body>`), PAGE)).toBeUndefined();
  });

  it('takes no story-named box in the comments for the story', () => {
    const doc = parseHtml(
      `<body><div class="layout has-sidebar"><article><p>Short story, one line.</p></article><ol class="comment-list"><li><div class="post-content">${STORY}</div></li></ol></div></body>`,
    );
    expect(findMarkedBody(doc, PAGE)).toBeUndefined();
  });

  it('finds none where the marked part holds too little to be a story', () => {
    expect(findMarkedBody(parseHtml('<body><article><p>Ferry cancelled today.</p></article></body>'), PAGE)).toBeUndefined();
  });
});

describe('coverageOf', () => {
  it('is the share of the marked prose a text shows', () => {
    const body = findMarkedBody(parseHtml(`<body><article>${STORY}</article></body>`), PAGE)!;
    const [first, second] = body.paragraphs;
    const half = (first!.length + second!.length) / body.paragraphs.reduce((sum, p) => sum + p.length, 0);
    expect(coverageOf(body, `Menu ${first} ${second} Footer`)).toBeCloseTo(half);
    expect(coverageOf(body, 'Sign up for our newsletter')).toBe(0);
  });
});
