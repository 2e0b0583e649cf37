import { describe, expect, it } from 'vitest';
import { emptyWrappers } from '../../../../../core/extract/leftovers/empty-wrappers';
import { leaveOut, STORY, storyText } from './leave-out';

describe('what the other rules leave behind', () => {
  it('leaves out wrappers with nothing in them but marks, and a heading over nothing', () => {
    const result = leaveOut(`<div><span> | </span></div>${STORY}<div class="share"></div><h3>Related stories</h3>`, [emptyWrappers]);
    expect(result.text).toBe(storyText());
    expect(result.leftOut.filter((text) => /\p{L}/u.test(text))).toEqual(['Related stories']);
  });

  it('keeps a heading over a picture, a heading over a subsection, and a long heading that is a lead', () => {
    const html = [
      '<h2>The hull</h2><h3>Its bow</h3>',
      STORY,
      '<h3>The ferry in March</h3><figure><img src="https://courier.example/march.jpg" alt="The ferry in March"></figure>',
      '<h2>Every winter the sound between the two islands freezes for weeks, and every winter the ferry crosses it.</h2>',
    ].join('');
    expect(leaveOut(html, [emptyWrappers]).leftOut).toEqual([]);
  });
});
