import { describe, expect, it } from 'vitest';
import { LEFTOVER_RULES } from '../../../../../core/extract/leftovers/rules';
import type { LeftoverRule } from '../../../../../core/extract/leftovers/rule';
import { leaveOut, STORY, storyText, TITLE } from './leave-out';

/** A rule that names every paragraph, as a rule gone wrong would. */
const everyParagraph: LeftoverRule = { name: 'every-paragraph', find: (content) => Array.from(content.querySelectorAll('p')) };

describe('the second pass', () => {
  it('never takes the story’s prose, whatever a rule names', () => {
    expect(leaveOut(`<div class="widget-area">${STORY}</div>`, [{ name: 'all', find: (c) => [c.firstElementChild!] }]).text).toBe(
      storyText(),
    );
    expect(leaveOut(STORY, [everyParagraph]).text).toBe(storyText());
  });

  it('keeps a short article whole: its few lines are the story', () => {
    const short = '<p>The ferry is running again.</p><p>The ice broke up overnight, the harbour office said.</p>';
    expect(leaveOut(short, LEFTOVER_RULES).text).toBe(
      'The ferry is running again. The ice broke up overnight, the harbour office said.'.replace('. The', '.The'),
    );
  });

  it('leaves out a page’s leftovers around a story with every rule family, and says which rule named each', () => {
    const page = [
      `<h1>${TITLE}</h1>`,
      '<p>By Maren Holt | 14 February 2024</p>',
      '<div class="share-bar"><a href="https://social.example/s">Share</a></div>',
      STORY,
      '<p>Read more: <a href="https://courier.example/pilots.html">Pilots warn of a hard spring</a></p>',
      '<div class="box"><h3>Never miss a crossing</h3><p>Sign up for our newsletter.</p></div>',
      '<h3>Related</h3><ul><li><a href="https://courier.example/a.html">Harbour cranes get a second life as art</a></li><li><a href="https://courier.example/b.html">Why the island school has only nine pupils</a></li><li><a href="https://courier.example/c.html">A winter of record ice on the northern sound</a></li></ul>',
    ].join('');
    const result = leaveOut(page, LEFTOVER_RULES);
    expect(result.text).toBe(storyText());
    expect(new Set(result.rules)).toEqual(new Set(['named-not-article', 'title-byline-date', 'calls-to-action', 'link-lists']));
  });
});
