import { describe, expect, it } from 'vitest';
import { namedNotArticle } from '../../../../../core/extract/leftovers/named-not-article';
import { leaveOut, STORY, storyText } from './leave-out';

describe('blocks named as the page’s furniture', () => {
  it.each([
    ['a share bar', '<div class="share-buttons"><a href="https://social.example/share">Facebook</a> <a href="mailto:?">Email</a></div>'],
    ['related posts', '<section id="related_posts"><h3>You may also like</h3><p>The island school has nine pupils.</p></section>'],
    ['a newsletter box', '<div class="nl-box newsletter-signup"><p>Get the morning briefing.</p></div>'],
    ['an author box', '<div class="mvp-author-box-wrap"><p>Maren Holt writes about the coast.</p></div>'],
    ['comments', '<ol class="comment-list"><li class="comment"><p>Great story, thanks!</p></li></ol>'],
    ['tags', '<div class="post-tags">Ferries, Ice, Islands</div>'],
    ['a byline block', '<p class="byline">By Maren Holt</p>'],
    ['an ad slot', '<div class="ad-container">Advertisement</div>'],
  ])('leaves out %s', (_what, html) => {
    const result = leaveOut(`${STORY}${html}`, [namedNotArticle]);
    expect(result.text).toBe(storyText());
    expect(result.leftOut).toHaveLength(1);
  });

  it('keeps a WordPress post whose own container names its categories and tags', () => {
    const result = leaveOut(`<article class="post type-post category-news tag-ice hentry">${STORY}</article>`, [namedNotArticle]);
    expect(result.leftOut).toEqual([]);
  });

  it('keeps a box whose names only say what it has or shows ("has-sidebar", "no-share")', () => {
    expect(
      leaveOut(
        `<div class="layout has-sidebar">${STORY}</div><div class="entry no-share with-comments"><p>The ferry’s timetable is on the harbour board.</p></div>`,
        [namedNotArticle],
      ).leftOut,
    ).toEqual([]);
  });

  it('keeps a section whose id is made from its heading', () => {
    const result = leaveOut(
      `${STORY}<section id="shared-mutable-history"><h2>Shared mutable history</h2><p>Every island shares one ferry.</p></section>`,
      [namedNotArticle],
    );
    expect(result.leftOut).toEqual([]);
  });

  it('keeps a live blog whose entries are named as comments: together they are the story', () => {
    const entries = STORY.split('\n')
      .map((p) => `<div class="live-comment">${p}</div>`)
      .join('');
    expect(leaveOut(entries, [namedNotArticle]).leftOut).toEqual([]);
  });

  it('lets a name that says "this is the story" win over a furniture word beside it', () => {
    expect(leaveOut(`<div class="entry-content share-enabled">${STORY}</div><p>More.</p>`, [namedNotArticle]).leftOut).toEqual([]);
  });
});
