import { describe, expect, it } from 'vitest';
import { markedNotArticle } from '../../../../../core/extract/leftovers/marked-not-article';
import { leaveOut, STORY, storyText } from './leave-out';

describe('blocks the markup marks as not the story', () => {
  it('leaves out navigation, a complementary aside, a footer, a form and what the page hides', () => {
    const result = leaveOut(
      [
        '<nav><a href="/">Home</a> <a href="/islands">Islands</a></nav>',
        STORY,
        '<aside><p>Ferry facts: 42 metres, 1962.</p></aside>',
        '<div role="complementary">Weather on the sound</div>',
        '<form><label>Your email <input type="email"></label></form>',
        '<footer>Posted in Islands</footer>',
        '<div hidden>Loading comments</div>',
      ].join(''),
      [markedNotArticle],
    );
    expect(result.text).toBe(storyText());
    expect(result.leftOut).toHaveLength(6);
  });

  it('keeps a story the page wrapped in a form (whole pages of some CMSs are one form)', () => {
    const result = leaveOut(`<form id="aspnetForm">${STORY}</form>`, [markedNotArticle]);
    expect(result.text).toBe(storyText());
  });
});
