import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageControls } from '../../../components/PagePanel';
import { article, isShown, moreItem, panel, renderReader, toolbarButtons, unmountReader } from './reader-view-fixtures';
import { pressKey, settle } from './render-with-i18n';

afterEach(unmountReader);

describe('ReaderView', () => {
  it('shows byline, site and the publication date in the article language', async () => {
    const container = renderReader({ doc: article({ publishedTime: '2026-03-14T08:00:00Z', lang: 'en-GB' }) });
    await settle();
    const meta = container.querySelector('.meta')?.textContent ?? '';
    expect(meta).toContain('Ada Quayside');
    expect(meta).toContain('Harbour News');
    expect(meta).toContain('14 March 2026');
  });

  it('leaves out a publication date it cannot read', async () => {
    const container = renderReader({ doc: article({ publishedTime: 'last Tuesday' }) });
    await settle();
    expect(container.querySelector('.meta')?.textContent).toBe('Ada Quayside · Harbour News · 4 min read');
  });

  it('is a modal dialog named by the article heading', () => {
    const container = renderReader();
    const dialog = container.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-modal')).toBe('true');
    const labelId = dialog?.getAttribute('aria-labelledby');
    expect(labelId).toBeTruthy();
    const label = container.querySelector(`#${labelId}`);
    expect(label?.tagName).toBe('H1');
    expect(label?.textContent).toBe('The harbour that never sleeps');
  });

  it('moves focus to the article heading when it opens', () => {
    const container = renderReader();
    expect(document.activeElement).toBe(container.querySelector('h1'));
  });

  it('closes on Escape from anywhere inside it', () => {
    const onClose = vi.fn();
    const container = renderReader({ onClose });
    const event = pressKey(container.querySelector('h1')!, 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it('does not close on other keys', () => {
    const onClose = vi.fn();
    const container = renderReader({ onClose });
    pressKey(container.querySelector('h1')!, 'Enter');
    expect(onClose).not.toHaveBeenCalled();
  });

  it("gives the article the page's language and direction", () => {
    const container = renderReader({ doc: article({ lang: 'ar', dir: 'rtl' }) });
    const body = container.querySelector('article');
    expect(body?.getAttribute('lang')).toBe('ar');
    expect(body?.getAttribute('dir')).toBe('rtl');
  });

  it('moves focus along its toolbar with the arrow keys', () => {
    const container = renderReader();
    const buttons = toolbarButtons(container);
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Close reader',
      'Text and colours',
      'Read aloud',
      'Line focus',
      'Transcripts',
      'More',
    ]);
    const [close, textAndColours] = buttons as [HTMLButtonElement, HTMLButtonElement];
    const last = buttons.at(-1)!;
    // One tab stop: only the current button is in the tab order.
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1, -1, -1, -1]);

    close.focus();
    pressKey(close, 'ArrowRight');
    expect(document.activeElement).toBe(textAndColours);
    expect(buttons.map((b) => b.tabIndex)).toEqual([-1, 0, -1, -1, -1, -1]);

    pressKey(textAndColours, 'ArrowLeft');
    pressKey(close, 'ArrowLeft'); // wraps around
    expect(document.activeElement).toBe(last);

    pressKey(last, 'ArrowRight'); // and back the other way
    expect(document.activeElement).toBe(close);
  });

  it('mirrors its toolbar for a right-to-left article, its arrow keys too', () => {
    const container = renderReader({ doc: article({ lang: 'ar', dir: 'rtl' }) });
    expect(container.querySelector('[role="toolbar"]')?.getAttribute('dir')).toBe('rtl');
    // The rest of the controls stay in the interface's own direction, whatever the page's.
    expect(container.querySelector('.reader')?.getAttribute('dir')).toBe('ltr');
    // Each part of the line under the title is isolated, so "4 min read" keeps its order beside Arabic.
    expect(Array.from(container.querySelectorAll('.meta bdi'), (part) => part.textContent)).toEqual([
      'Ada Quayside',
      'Harbour News',
      '4 min read',
    ]);
    const [close, textAndColours] = toolbarButtons(container) as [HTMLButtonElement, HTMLButtonElement];
    close.focus();
    pressKey(close, 'ArrowLeft');
    expect(document.activeElement).toBe(textAndColours);
    pressKey(textAndColours, 'ArrowRight');
    expect(document.activeElement).toBe(close);
  });

  it('moves to the first and last toolbar buttons with Home and End', () => {
    const container = renderReader();
    const buttons = toolbarButtons(container);
    const [close, last] = [buttons[0]!, buttons.at(-1)!];
    close.focus();
    pressKey(close, 'End');
    expect(document.activeElement).toBe(last);
    pressKey(last, 'End');
    expect(document.activeElement).toBe(last);
    pressKey(last, 'Home');
    expect(document.activeElement).toBe(close);
  });

  it('keeps the less frequent tools in its More menu', () => {
    const container = renderReader();
    const items = Array.from(container.querySelectorAll('[role="toolbar"] [role="menuitem"]'), (item) => item.textContent);
    expect(items).toEqual(['Save or copy', 'Keyboard shortcuts']);
  });

  it('leaves out the jump-to-transcripts button when there are no clips', () => {
    const container = renderReader({ doc: article({ media: [], contentHtml: '<p>Just words.</p>' }) });
    expect(toolbarButtons(container).map((b) => b.textContent)).toEqual([
      'Close reader',
      'Text and colours',
      'Read aloud',
      'Line focus',
      'More',
    ]);
    expect(panel(container).textContent).toContain('This article has no video or audio clips.');
  });
});

describe('ReaderView page panel', () => {
  function controls(overrides: Partial<PageControls['facts']> = {}) {
    return {
      facts: {
        isArticle: true,
        reason: 'whyOgType' as const,
        hiddenCount: 3,
        salvagedCount: 1,
        siteCleanUp: true,
        siteShowLeftOut: false,
        ...overrides,
      },
      showHidden: vi.fn(),
      setSiteCleanUp: vi.fn(async () => {}),
      setSiteShowLeftOut: vi.fn(async () => {}),
    };
  }
  const pageButton = (container: HTMLElement) => moreItem(container, 'This page')!;
  const panel = (container: HTMLElement) => container.querySelector<HTMLElement>('#legible-page-panel')!;

  it('opens from the More menu, first in it, and says why the page is an article and what was hidden and loaded', async () => {
    const container = renderReader({ page: controls() });
    expect(container.querySelector('[role="toolbar"] [role="menuitem"]')?.textContent).toBe('This page');
    expect(isShown(panel(container))).toBe(false);
    pageButton(container).click();
    await settle();
    expect(isShown(panel(container))).toBe(true);
    // Focus moves to the panel's heading, where a screen reader starts reading it.
    expect(document.activeElement?.textContent).toBe('This page');
    const text = panel(container).textContent ?? '';
    expect(text).toContain('Legible reads this page as an article. The page says it is an article.');
    expect(text).toContain('Hidden because they need scripts: 3');
    expect(text).toContain('Images loaded that needed scripts: 1');
  });

  it('shows what was hidden again, and then has nothing left to undo', async () => {
    const page = controls();
    const container = renderReader({ page });
    pageButton(container).click();
    await settle();
    const undo = Array.from(panel(container).querySelectorAll('button')).find((b) => b.textContent?.startsWith('Show what was hidden'))!;
    undo.click();
    await settle();
    expect(page.showHidden).toHaveBeenCalledTimes(1);
    expect(panel(container).textContent).toContain('Hidden because they need scripts: 0');
    expect(undo.disabled).toBe(true);
  });

  it('turns clean-up off for the site from its checkbox', async () => {
    const page = controls();
    const container = renderReader({ page });
    pageButton(container).click();
    await settle();
    const box = panel(container).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.checked).toBe(true);
    box.click();
    await settle();
    expect(page.setSiteCleanUp).toHaveBeenCalledWith(false);
    expect(box.checked).toBe(false);
  });

  it('has no page button where no sentinel ran', () => {
    const container = renderReader();
    expect(pageButton(container)).toBeUndefined();
    expect(container.querySelector('#legible-page-panel')).toBeNull();
  });
});
