import { describe, expect, it } from 'vitest';
import { linkLists } from '../../../../../core/extract/leftovers/link-lists';
import { leaveOut, STORY, storyText } from './leave-out';

const other = (slug: string, headline: string) => `<a href="https://courier.example/2024/${slug}.html">${headline}</a>`;
const RELATED = `<ul>${[
  other('a', 'Harbour cranes get a second life as art'),
  other('b', 'Why the island school has only nine pupils'),
  other('c', 'A winter of record ice on the northern sound'),
  other('d', 'The grocer who rows his deliveries in summer'),
]
  .map((link) => `<li>${link}</li>`)
  .join('')}</ul>`;

describe('link lists', () => {
  it('leaves out "Read also" lines in the clean-up’s languages, in the middle of the story too', () => {
    const lines = [
      `<p>Read also: ${other('e', 'Pilots warn of a hard spring')}</p>`,
      `<p>Lesen Sie auch: ${other('f', 'Die Fähre, die ihr eigenes Eis bricht')}</p>`,
      `<p><strong>Lea también:</strong> ${other('g', 'El ferri que rompe su propio hielo')}</p>`,
      `<p>Czytaj też: ${other('h', 'Prom, który sam kruszy lód')}</p>`,
    ];
    const result = leaveOut([STORY.split('\n')[0], ...lines, ...STORY.split('\n').slice(1)].join('\n'), [linkLists]);
    expect(result.text).toBe(storyText());
    expect(result.leftOut).toHaveLength(4);
  });

  it('leaves out a list of other stories, and a line that is only another story’s headline', () => {
    const result = leaveOut(`${STORY}${RELATED}<p>${other('i', 'Ferry timetable changes from March onwards')}</p>`, [linkLists]);
    expect(result.text).toBe(storyText());
  });

  it('keeps the article’s own bibliography, whose entries say more than their links', () => {
    const bibliography = `<ol>${['Holt, M. (2021). ', 'Ahlgren, T. and Berg, S. (2019). ', 'Island Council (2023). ']
      .map(
        (authors, i) =>
          `<li>${authors}${other(`ref${i}`, 'Ice on shallow sounds')}. Northern Maritime Review, volume ${12 + i}, pages 40–61.</li>`,
      )
      .join('')}</ol>`;
    const result = leaveOut(`${STORY}<h2>Sources</h2>${bibliography}`, [linkLists]);
    expect(result.leftOut).toEqual([]);
    expect(result.text).toContain('Northern Maritime Review, volume 12');
  });

  it('keeps a list of references whose every item is mostly its link', () => {
    const references = `<ol class="references">${['ice', 'hull', 'bridge', 'pilots', 'school']
      .map((slug) => `<li><a href="#cite-${slug}">^</a> ${other(slug, `The ${slug} of the northern sound, reported`)} (Courier, 2021)</li>`)
      .join('')}</ol>`;
    expect(leaveOut(`${STORY}${references}`, [linkLists]).leftOut).toEqual([]);
  });

  it('keeps a contents list that links within the page, and the story’s own buttons', () => {
    const contents = `<ul>${['crossing', 'hull', 'bridge'].map((id) => `<li><a href="#${id}">The ${id}</a></li>`).join('')}</ul>`;
    const result = leaveOut(`${contents}${STORY}<p><a href="https://courier.example/timetable">Learn more</a></p>`, [linkLists]);
    expect(result.leftOut).toEqual([]);
  });

  it('keeps every link of a story that is itself a round-up of links', () => {
    const roundUp = Array.from(
      { length: 12 },
      (_, i) => `<li>${other(`week${i}`, `Crew member ${i + 1} fixed the winch on the lower deck`)}</li>`,
    ).join('');
    const result = leaveOut(`<p>What the crew fixed this week:</p><ul>${roundUp}</ul>`, [linkLists]);
    expect(result.leftOut).toEqual([]);
  });

  it('keeps a list the author wrote, with its sublist of links, where one of its items is a sentence of the story', () => {
    const bugs = ['winch', 'radar', 'heater', 'ramp']
      .map((slug) => `<li>${other(`bug-${slug}`, `Bug ${slug}: the ${slug} stops in hard frost`)}</li>`)
      .join('');
    const section = `<h3>The engine room</h3><ul><li>The crew agreed to a second winter of night shifts, and the council will pay for a third engineer from January onwards.</li><li>In progress:<ul>${bugs}</ul></li></ul>`;
    const result = leaveOut(`${STORY}${section}<h3>The bridge</h3>${STORY}`, [linkLists]);
    expect(result.leftOut).toEqual([]);
    expect(result.text).toContain('Bug radar: the radar stops in hard frost');
  });
});
