import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageControls } from '../../../components/PagePanel';
import { article, renderReader, unmountReader } from './reader-view-fixtures';
import { settle } from './render-with-i18n';

afterEach(unmountReader);

const STORY = '<p>Night shifts on the quay begin at ten.</p><p>By dawn the cranes take over.</p>';
const WITH_LEFTOVERS = `${STORY}<p>Sign up for our harbour newsletter</p><ul><li><a href="https://news.example/other">Another story</a></li></ul>`;
const trimmed = () => article({ contentHtml: STORY, media: [], leftOut: { count: 2, withLeftoversHtml: () => WITH_LEFTOVERS } });

function controls(siteShowLeftOut = false): PageControls & { setSiteShowLeftOut: ReturnType<typeof vi.fn> } {
  return {
    facts: { isArticle: true, reason: 'whyOgType', hiddenCount: 0, salvagedCount: 0, siteCleanUp: true, siteShowLeftOut },
    showHidden: vi.fn(),
    setSiteCleanUp: vi.fn(async () => {}),
    setSiteShowLeftOut: vi.fn(async () => {}),
  };
}

const articleText = (container: HTMLElement) => container.querySelector('article .content')?.textContent ?? '';
const pagePanel = (container: HTMLElement) => container.querySelector<HTMLElement>('#legible-page-panel')!;
const leftOutSwitch = (container: HTMLElement) =>
  Array.from(pagePanel(container).querySelectorAll('label'))
    .find((label) => label.textContent?.includes('Show the article with them'))
    ?.querySelector('input');
const announced = (container: HTMLElement) => container.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '';

describe('ReaderView: what the second pass left out', () => {
  it('shows the article without it, and says in the page panel how many blocks it left out', () => {
    const container = renderReader({ doc: trimmed(), page: controls() });
    expect(articleText(container)).toBe('Night shifts on the quay begin at ten.By dawn the cranes take over.');
    expect(pagePanel(container).textContent).toContain(
      'Blocks left out of the article as the page’s, not the story’s (related links, calls to subscribe, credits): 2',
    );
    expect(leftOutSwitch(container)?.checked).toBe(false);
  });

  it('puts it back from the switch, keeps the choice for the site, and says so to a screen reader', async () => {
    const page = controls();
    const container = renderReader({ doc: trimmed(), page });
    leftOutSwitch(container)!.click();
    await settle();
    expect(articleText(container)).toContain('Sign up for our harbour newsletter');
    expect(articleText(container)).toContain('Another story');
    expect(page.setSiteShowLeftOut).toHaveBeenCalledWith(true);
    expect(announced(container)).toBe('Showing the article with the 2 blocks Legible left out');

    leftOutSwitch(container)!.click();
    await settle();
    expect(articleText(container)).not.toContain('Sign up');
    expect(page.setSiteShowLeftOut).toHaveBeenLastCalledWith(false);
    expect(announced(container)).toBe('Showing the article without the 2 blocks Legible left out');
  });

  it('opens with it on a site where the reader was told to show it', () => {
    const container = renderReader({ doc: trimmed(), page: controls(true) });
    expect(articleText(container)).toContain('Sign up for our harbour newsletter');
    expect(leftOutSwitch(container)?.checked).toBe(true);
  });

  it('offers no switch where it left nothing out', () => {
    const container = renderReader({ doc: article({ contentHtml: STORY, media: [] }), page: controls(true) });
    expect(leftOutSwitch(container)).toBeUndefined();
    expect(pagePanel(container).textContent).not.toContain('left out');
    expect(articleText(container)).toBe('Night shifts on the quay begin at ten.By dawn the cranes take over.');
  });

  it('tells the reader when the choice could not be kept, and shows the article as asked anyway', async () => {
    const page = controls();
    page.setSiteShowLeftOut.mockRejectedValue(new Error('quota exceeded'));
    const container = renderReader({ doc: trimmed(), page });
    leftOutSwitch(container)!.click();
    await settle();
    expect(articleText(container)).toContain('Sign up for our harbour newsletter');
    expect(announced(container)).toContain('could not be saved');
  });
});
