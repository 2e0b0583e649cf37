import { describe, expect, it } from 'vitest';
import { teasers } from '../../../../../core/extract/leftovers/teasers';
import { leaveOut, STORY, storyText } from './leave-out';

const teaser = (slug: string, headline: string) =>
  `<div class="card"><h3><a href="https://courier.example/2024/${slug}.html">${headline}</a></h3><p>A line about it.</p></div>`;

describe('teasers for other stories', () => {
  it('leaves out a row of teasers, each a headline linking elsewhere and a line', () => {
    const row = `<div class="more">${teaser('a', 'Harbour cranes get a second life')}${teaser('b', 'The island school has nine pupils')}${teaser('c', 'Record ice on the northern sound')}</div>`;
    const result = leaveOut(`${STORY}${row}`, [teasers]);
    expect(result.text).toBe(storyText());
    expect(result.leftOut).toHaveLength(3);
  });

  it('leaves out another article inside the story', () => {
    const nested = '<article><h2><a href="https://courier.example/2024/pilots.html">Pilots warn of a hard spring</a></h2></article>';
    expect(leaveOut(`${STORY}${nested}`, [teasers]).text).toBe(storyText());
  });

  it('keeps sections of the story that open with a linked heading and say more', () => {
    const section = (slug: string) =>
      `<section class="part"><h2><a href="https://courier.example/${slug}">The ${slug}</a></h2>${STORY}</section>`;
    expect(leaveOut(`${section('crossing')}${section('hull')}`, [teasers]).leftOut).toEqual([]);
  });

  it('keeps a single linked heading with no kin in a row', () => {
    expect(leaveOut(`${teaser('a', 'Harbour cranes get a second life')}${STORY}`, [teasers]).leftOut).toEqual([]);
  });
});
