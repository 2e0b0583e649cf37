import { describe, expect, it } from 'vitest';
import { emptyWrappers } from '../../../../../core/extract/leftovers/empty-wrappers';
import type { LeftoverRule } from '../../../../../core/extract/leftovers/rule';
import { leaveOut, STORY, storyText } from './leave-out';

/** A rule before it that takes what is marked "gone", as the link-list or credit rules would. */
const takesGone: LeftoverRule = { name: 'takes-gone', find: (content) => Array.from(content.querySelectorAll('.gone')) };

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

  it('leaves out a box that lost its list to another rule and holds only the label over it', () => {
    const html = `${STORY}<section class="border-box"><span class="headline">Mehr zum Thema</span><ul class="gone"><li><a href="https://courier.example/a">Ice roads</a></li></ul></section>`;
    const result = leaveOut(html, [takesGone, emptyWrappers]);
    expect(result.text).toBe(storyText());
    expect(result.rules).toEqual(['takes-gone', 'empty-wrappers']);
  });

  it('keeps what is left of a box when it is a sentence, a heading, a caption, or a box nothing was taken from', () => {
    const html = [
      '<div>The crew sleeps in turns.<p class="gone">Foto: dpa</p></div>',
      '<div><h3>The bow</h3><div class="gone">Share this</div></div>',
      '<figure><img src="https://courier.example/bow.jpg" alt=""><figcaption><div>The bow in March<p class="gone">Foto: dpa</p></div></figcaption></figure>',
      STORY,
      '<div>Tove Ahlgren, skipper</div>',
    ].join('');
    const result = leaveOut(html, [takesGone, emptyWrappers]);
    expect(result.rules).toEqual(['takes-gone', 'takes-gone', 'takes-gone']);
    for (const kept of ['The crew sleeps in turns.', 'The bow', 'The bow in March', 'Tove Ahlgren, skipper'])
      expect(result.text).toContain(kept);
  });
});
