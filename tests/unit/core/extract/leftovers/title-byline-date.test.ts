import { describe, expect, it } from 'vitest';
import { isMetaText, titleBylineDate } from '../../../../../core/extract/leftovers/title-byline-date';
import { leaveOut, STORY, storyText, TITLE } from './leave-out';

describe('the title, byline and date repeated around the story', () => {
  it('leaves out the title and a meta line over the story, and a date line under it', () => {
    const result = leaveOut(`<h2>${TITLE}</h2><p>By Maren Holt | 14 February 2024, 06:30</p>${STORY}<p>Updated 15.02.2024 09:12</p>`, [
      titleBylineDate,
    ]);
    expect(result.text).toBe(storyText());
    expect(result.leftOut).toEqual([TITLE, 'By Maren Holt | 14 February 2024, 06:30', 'Updated 15.02.2024 09:12']);
  });

  it('knows bylines and dates in the clean-up’s languages', () => {
    expect(isMetaText('Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS')).toBe(true);
    expect(isMetaText('24.01.2022 11:38Kategorie: News')).toBe(true);
    expect(isMetaText('16 marca 2021')).toBe(true);
    expect(isMetaText('Publié le 3 janvier 2023 à 14h05')).toBe(true);
    expect(isMetaText('Actualizado el 12 de mayo de 2022')).toBe(true);
    expect(isMetaText('Julkaistu 5.6.2021 klo 12.30')).toBe(true);
    expect(isMetaText('5 min read')).toBe(true);
    expect(isMetaText('Text: Maren Holt', 'Maren Holt')).toBe(true);
  });

  it('keeps a line of the story that starts like a byline or holds a date', () => {
    expect(isMetaText('By the time the ferry docked, the ice had closed behind it.')).toBe(false);
    expect(isMetaText('Von Berlin nach München')).toBe(false);
    expect(isMetaText('On 14 February 2024 the ice broke the record.')).toBe(false);
  });

  it('keeps a date in the middle of the story: a timeline’s dates are its own', () => {
    const [first, second, ...rest] = STORY.split('\n');
    const result = leaveOut([first, second, '<p>14 February 2024</p>', ...rest].join('\n'), [titleBylineDate]);
    expect(result.leftOut).toEqual([]);
  });
});
