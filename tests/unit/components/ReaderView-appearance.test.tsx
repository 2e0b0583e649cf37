import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SAVE_DELAY_MS } from '../../../components/use-appearance';
import { DEFAULT_APPEARANCE } from '../../../core/settings/appearance';
import { fakeAppearanceStore, isShown, renderReader, unmountReader } from './reader-view-fixtures';
import { pressKey, settle } from './render-with-i18n';

afterEach(() => {
  unmountReader();
  vi.useRealTimers();
});

const readerBox = (container: HTMLElement) => container.querySelector<HTMLElement>('.reader')!;
const announced = (container: HTMLElement) => container.querySelector('[role="status"][aria-live="polite"]')?.textContent;
const button = (container: HTMLElement, name: string) => {
  const found = Array.from(container.querySelectorAll('button')).find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
const click = (element: HTMLElement) => act(() => element.click());

describe('ReaderView appearance', () => {
  it('opens in the stored theme and type, and asks for the bundled font when that is chosen', () => {
    const { store, fonts } = fakeAppearanceStore();
    const container = renderReader({
      appearance: { ...DEFAULT_APPEARANCE, theme: 'sepia', font: 'hyperlegible', fontSize: 26, lineHeight: 2 },
      store,
    });
    const box = readerBox(container);
    expect(box.dataset.theme).toBe('sepia');
    expect(box.style.getPropertyValue('--size')).toBe('26px');
    expect(box.style.getPropertyValue('--leading')).toBe('2');
    expect(box.style.getPropertyValue('--font')).toContain('Legible Atkinson Hyperlegible');
    expect(fonts).toEqual(['hyperlegible']);
  });

  it('makes the text larger and smaller from the Text and colours panel, says so, and stores it once changes settle', () => {
    vi.useFakeTimers();
    const { store, saved } = fakeAppearanceStore();
    const container = renderReader({ store });
    click(button(container, 'Larger text'));
    click(button(container, 'Larger text'));
    expect(readerBox(container).style.getPropertyValue('--size')).toBe('24px');
    expect(announced(container)).toBe('Text size: 24 pixels');
    click(button(container, 'Smaller text'));
    expect(announced(container)).toBe('Text size: 22 pixels');
    expect(saved).toEqual([]);
    act(() => {
      vi.advanceTimersByTime(SAVE_DELAY_MS);
    });
    expect(saved).toEqual([{ ...DEFAULT_APPEARANCE, fontSize: 22 }]);
  });

  it('stores a change not yet saved when the reader closes', () => {
    vi.useFakeTimers();
    const { store, saved } = fakeAppearanceStore();
    const container = renderReader({ store });
    click(button(container, 'Larger text'));
    unmountReader();
    expect(saved).toEqual([{ ...DEFAULT_APPEARANCE, fontSize: 22 }]);
  });

  it('changes size with + and -, but not while a control takes the key', () => {
    const container = renderReader();
    pressKey(container.querySelector('h1')!, '+');
    expect(readerBox(container).style.getPropertyValue('--size')).toBe('22px');
    pressKey(container.querySelector('h1')!, '-');
    pressKey(container.querySelector('h1')!, '-');
    expect(readerBox(container).style.getPropertyValue('--size')).toBe('18px');
    const slider = container.querySelector<HTMLInputElement>('input[type="range"]')!;
    const event = pressKey(slider, '-');
    expect(event.defaultPrevented).toBe(false);
    expect(readerBox(container).style.getPropertyValue('--size')).toBe('18px');
  });

  it('stops at the largest size without saying anything new', () => {
    const container = renderReader({ appearance: { ...DEFAULT_APPEARANCE, fontSize: 40 } });
    click(button(container, 'Larger text'));
    expect(readerBox(container).style.getPropertyValue('--size')).toBe('40px');
    expect(announced(container)).not.toContain('Text size');
  });

  it('shows the text and colours panel from its disclosure button, and a theme chosen there applies and is said', () => {
    const container = renderReader();
    const toggle = button(container, 'Text and colours');
    const panel = container.querySelector<HTMLElement>(`#${toggle.getAttribute('aria-controls')}`)!;
    expect(isShown(panel)).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    click(toggle);
    expect(isShown(panel)).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement?.textContent).toBe('Text and colours');
    const legend = panel.querySelector('fieldset legend')?.textContent;
    expect(legend).toBe('Theme');
    const dark = Array.from(panel.querySelectorAll('label'))
      .find((l) => l.textContent === 'Dark')!
      .querySelector('input')!;
    act(() => dark.click());
    expect(readerBox(container).dataset.theme).toBe('dark');
    expect(announced(container)).toBe('Theme: Dark');
    // Escape closes the panel, not the reader, and focus goes back to its button.
    pressKey(dark, 'Escape');
    expect(isShown(panel)).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    expect(container.querySelector('.reader')).not.toBeNull();
  });

  it('closes a panel when a press lands outside it, and on a second press of its button', () => {
    const container = renderReader();
    const toggle = button(container, 'Text and colours');
    const panel = container.querySelector<HTMLElement>(`#${toggle.getAttribute('aria-controls')}`)!;
    click(toggle);
    act(() => {
      container.querySelector('h1')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    });
    expect(isShown(panel)).toBe(false);
    click(toggle);
    expect(isShown(panel)).toBe(true);
    click(toggle);
    expect(isShown(panel)).toBe(false);
  });

  it('labels every slider and gives its value in words', () => {
    const container = renderReader();
    const sliders = Array.from(container.querySelectorAll<HTMLInputElement>('input[type="range"]'));
    const described = sliders.map((s) => [container.querySelector(`label[for="${s.id}"]`)?.textContent, s.getAttribute('aria-valuetext')]);
    expect(described).toEqual([
      ['Text size', '20 pixels'],
      ['Line height', '1.6 times the text size'],
      ['Column width', 'about 72 characters'],
      ['Letter spacing', '0% of the text size'],
      ['Word spacing', '0% of the text size'],
      ['Paragraph spacing', '100% of the text size'],
    ]);
  });

  it('applies a slider and the font select as they change', () => {
    const container = renderReader();
    const width = container.querySelector<HTMLInputElement>('input[id$="contentWidth"]')!;
    act(() => {
      width.value = '30';
      width.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(readerBox(container).style.getPropertyValue('--measure')).toBe('30em');
    expect(announced(container)).toBe('Column width: about 60 characters');
    const font = container.querySelector<HTMLSelectElement>('select')!;
    act(() => {
      font.value = 'mono';
      font.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(readerBox(container).style.getPropertyValue('--font')).toContain('monospace');
    expect(announced(container)).toBe('Font: Monospace');
  });

  it('puts everything back with Reset', () => {
    const container = renderReader({ appearance: { ...DEFAULT_APPEARANCE, theme: 'contrast', fontSize: 32, wordSpacing: 0.3 } });
    click(button(container, 'Reset text and colours'));
    expect(readerBox(container).dataset.theme).toBe('system');
    expect(readerBox(container).style.getPropertyValue('--size')).toBe('20px');
    expect(announced(container)).toBe('Theme: Follow the system. Text size: 20 pixels. Word spacing: 0% of the text size');
  });

  it('keeps a choice on screen when it cannot be stored, and says why', async () => {
    const { store } = fakeAppearanceStore({ failWith: 'QUOTA_BYTES_PER_ITEM quota exceeded' });
    const container = renderReader({ store });
    await settle(); // The clips' own announcement comes first.
    click(button(container, 'Larger text'));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS + 20));
    });
    await settle();
    expect(readerBox(container).style.getPropertyValue('--size')).toBe('22px');
    expect(announced(container)).toBe('Your choice applies now but could not be saved: QUOTA_BYTES_PER_ITEM quota exceeded');
  });

  it('turns line focus on and off from its toolbar toggle, which says whether it is pressed', () => {
    const container = renderReader();
    const toggle = button(container, 'Line focus');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(container.querySelector('.line-focus')).toBeNull();
    click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(announced(container)).toBe('Line focus: 3 lines');
    const ruler = container.querySelector('.line-focus')!;
    expect(ruler.getAttribute('aria-hidden')).toBe('true');
    // The clear band is three lines of 20 px text at 1.6.
    expect(ruler.querySelector<HTMLElement>('.line-focus-band')!.style.height).toBe('96px');
    click(toggle);
    expect(container.querySelector('.line-focus')).toBeNull();
    expect(announced(container)).toBe('Line focus: Off');
  });

  it('sets the ruler to one, three or five lines from the panel', () => {
    const container = renderReader();
    const group = Array.from(container.querySelectorAll('fieldset')).find((f) => f.querySelector('legend')?.textContent === 'Line focus')!;
    const five = Array.from(group.querySelectorAll('label'))
      .find((l) => l.textContent === '5 lines')!
      .querySelector('input')!;
    act(() => five.click());
    expect(button(container, 'Line focus').getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector<HTMLElement>('.line-focus-band')!.style.height).toBe('160px');
    expect(announced(container)).toBe('Line focus: 5 lines');
  });
});
