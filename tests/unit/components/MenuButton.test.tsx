import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { MenuButton, type MenuItem } from '../../../components/MenuButton';
import { pressKey, renderWithI18n, type Rendered } from './render-with-i18n';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

function renderMenu() {
  const chosen: string[] = [];
  const items: MenuItem[] = ['Copy', 'Download .txt', 'Download .vtt'].map((label) => ({
    key: label,
    label,
    onSelect: vi.fn(() => chosen.push(label)),
  }));
  rendered = renderWithI18n(<MenuButton label="Copy or download" items={items} />);
  const button = rendered.container.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')!;
  const menu = rendered.container.querySelector<HTMLElement>('[role="menu"]')!;
  return { button, menu, chosen };
}

const flush = () => act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
const focusedText = () => (document.activeElement as HTMLElement | null)?.textContent;

describe('MenuButton', () => {
  it('names its menu and says it is closed', () => {
    const { button, menu } = renderMenu();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBe(menu.id);
    expect(menu.getAttribute('aria-label')).toBe('Copy or download');
    expect(menu.hidden).toBe(true);
  });

  it('opens on a click (as Enter and Space give) on its first item', async () => {
    const { button, menu } = renderMenu();
    act(() => button.click());
    await flush();
    expect(menu.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(focusedText()).toBe('Copy');
  });

  it('opens on Down on its first item, and on Up on its last', async () => {
    const { button } = renderMenu();
    pressKey(button, 'ArrowUp');
    await flush();
    expect(focusedText()).toBe('Download .vtt');
    pressKey(document.activeElement!, 'Escape');
    pressKey(button, 'ArrowDown');
    await flush();
    expect(focusedText()).toBe('Copy');
  });

  it('moves through its items with the arrows, Home and End, round at the ends', async () => {
    const { button } = renderMenu();
    act(() => button.click());
    await flush();
    pressKey(document.activeElement!, 'ArrowDown');
    expect(focusedText()).toBe('Download .txt');
    pressKey(document.activeElement!, 'End');
    expect(focusedText()).toBe('Download .vtt');
    pressKey(document.activeElement!, 'ArrowDown');
    expect(focusedText()).toBe('Copy');
    pressKey(document.activeElement!, 'ArrowUp');
    expect(focusedText()).toBe('Download .vtt');
    pressKey(document.activeElement!, 'Home');
    expect(focusedText()).toBe('Copy');
  });

  it('closes on Escape and puts focus back on its button', async () => {
    const { button, menu } = renderMenu();
    act(() => button.click());
    await flush();
    pressKey(document.activeElement!, 'Escape');
    expect(menu.hidden).toBe(true);
    expect(document.activeElement).toBe(button);
  });

  it('runs the item chosen, closes, and puts focus back on its button', async () => {
    const { button, menu, chosen } = renderMenu();
    act(() => button.click());
    await flush();
    const second = menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')[1]!;
    act(() => second.click());
    expect(chosen).toEqual(['Download .txt']);
    expect(menu.hidden).toBe(true);
    expect(document.activeElement).toBe(button);
  });

  it('closes on a press outside it, leaving focus where the press put it', async () => {
    const { button, menu } = renderMenu();
    act(() => button.click());
    await flush();
    act(() => {
      document.body.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    });
    expect(menu.hidden).toBe(true);
  });

  it('closes on Tab, letting focus move on', async () => {
    const { button, menu } = renderMenu();
    act(() => button.click());
    await flush();
    const tab = pressKey(document.activeElement!, 'Tab');
    expect(tab.defaultPrevented).toBe(false);
    expect(menu.hidden).toBe(true);
  });

  it('keeps its items out of the tab order', () => {
    const { menu } = renderMenu();
    expect(Array.from(menu.querySelectorAll<HTMLElement>('[role="menuitem"]'), (item) => item.tabIndex)).toEqual([-1, -1, -1]);
  });
});
