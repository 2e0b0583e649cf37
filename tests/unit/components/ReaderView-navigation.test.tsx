import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { article, isShown, renderReader, unmountReader } from './reader-view-fixtures';
import { pressKey } from './render-with-i18n';

afterEach(unmountReader);

const link = (container: HTMLElement, name: string) => {
  const found = Array.from(container.querySelectorAll('a')).find((a) => a.textContent === name);
  if (!found) throw new Error(`no link "${name}"`);
  return found;
};

const SECTIONED = article({
  contentHtml:
    '<p>Night shifts begin at ten.</p><h2>The quay</h2><p>Cranes.</p><h3 id="own-id">At dawn</h3><p>Gulls.</p><h2>The ferry</h2><p>Last trip.</p>',
  media: [],
});

describe('ReaderView navigation', () => {
  it('starts with skip links to the article and to the transcripts, which move focus there', () => {
    const container = renderReader();
    const firstLinks = Array.from(container.querySelectorAll('.reader > nav.skip-links a'), (a) => a.textContent);
    expect(firstLinks).toEqual(['Skip to the article', 'Skip to the transcripts']);
    expect(container.querySelector('.reader')!.firstElementChild?.matches('nav.skip-links')).toBe(true);
    act(() => link(container, 'Skip to the transcripts').click());
    expect(document.activeElement?.textContent).toBe('Transcripts');
    act(() => link(container, 'Skip to the article').click());
    expect(document.activeElement?.tagName).toBe('H1');
  });

  it('has no transcripts skip link when the article has no clips', () => {
    const container = renderReader({ doc: SECTIONED });
    expect(Array.from(container.querySelectorAll('nav.skip-links a'), (a) => a.textContent)).toEqual(['Skip to the article']);
  });

  it("outlines the article's headings under Contents, each link taking focus to its heading", () => {
    const container = renderReader({ doc: SECTIONED });
    const outline = container.querySelector('details.outline')!;
    expect(outline.querySelector('summary')?.textContent).toBe('Contents');
    const entries = Array.from(outline.querySelectorAll('li'), (li) => [li.className, li.textContent]);
    expect(entries).toEqual([
      ['outline-level-2', 'The quay'],
      ['outline-level-3', 'At dawn'],
      ['outline-level-2', 'The ferry'],
    ]);
    act(() => link(container, 'At dawn').click());
    expect(document.activeElement?.id).toBe('own-id');
    act(() => link(container, 'The ferry').click());
    expect(document.activeElement?.textContent).toBe('The ferry');
  });

  it('shows no outline for an article of one section', () => {
    const container = renderReader();
    expect(container.querySelector('details.outline')).toBeNull();
  });

  it('lists every key on ?, taking focus to the list, and hides it on ? again', async () => {
    const container = renderReader();
    const list = container.querySelector<HTMLElement>('#legible-shortcuts')!;
    expect(isShown(list)).toBe(false);
    container.querySelector<HTMLElement>('h1')!.focus();
    pressKey(container.querySelector('h1')!, '?');
    await act(async () => undefined);
    expect(isShown(list)).toBe(true);
    expect(document.activeElement?.textContent).toBe('Keyboard shortcuts');
    const rows = Array.from(list.querySelectorAll('dt'), (dt) => `${dt.textContent} = ${dt.nextElementSibling?.textContent}`);
    expect(rows[0]).toBe('Esc = Close the reader');
    expect(rows).toContain('? = Show or hide this list');
    expect(rows).toHaveLength(6);
    pressKey(document.activeElement!, '?');
    expect(isShown(list)).toBe(false);
    // Focus is back where it was.
    expect(document.activeElement?.tagName).toBe('H1');
  });
});
