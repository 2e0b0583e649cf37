import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { FloatingPanel } from '../../../components/FloatingPanel';
import { PANEL_IDS, usePanelDisclosure, type PanelDisclosure } from '../../../components/use-panel-disclosure';
import { isShown } from './reader-view-fixtures';
import { renderWithI18n, type Rendered } from './render-with-i18n';

let disclosure!: PanelDisclosure;

/** Two buttons, each with its panel, and a field a key could be pressed in. */
function Panels() {
  disclosure = usePanelDisclosure();
  return (
    <div>
      <input aria-label="Notes" />
      <button
        type="button"
        aria-expanded={disclosure.isOpen('appearance')}
        onClick={(event) => disclosure.toggle('appearance', event.currentTarget)}
      >
        Text and colours
      </button>
      <button
        type="button"
        aria-expanded={disclosure.isOpen('shortcuts')}
        onClick={(event) => disclosure.toggle('shortcuts', event.currentTarget)}
      >
        More
      </button>
      <FloatingPanel {...disclosure.panelProps('appearance')} title="Text and colours">
        <p>Sizes</p>
      </FloatingPanel>
      <FloatingPanel {...disclosure.panelProps('shortcuts')} title="Keyboard shortcuts">
        <p>Keys</p>
      </FloatingPanel>
    </div>
  );
}

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

function setUp() {
  rendered = renderWithI18n(<Panels />);
  const { container } = rendered;
  const byText = (text: string) => Array.from(container.querySelectorAll('button')).find((b) => b.textContent === text)!;
  return {
    appearanceButton: byText('Text and colours'),
    moreButton: byText('More'),
    notes: container.querySelector('input')!,
    appearancePanel: container.querySelector(`#${PANEL_IDS.appearance}`)!,
    shortcutsPanel: container.querySelector(`#${PANEL_IDS.shortcuts}`)!,
  };
}

describe('usePanelDisclosure', () => {
  it('starts with every panel closed', () => {
    const { appearancePanel, shortcutsPanel, appearanceButton } = setUp();
    expect(disclosure.anyOpen).toBe(false);
    expect(isShown(appearancePanel)).toBe(false);
    expect(isShown(shortcutsPanel)).toBe(false);
    expect(appearanceButton.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens one panel at a time, and its own button closes it again', () => {
    const { appearanceButton, moreButton, appearancePanel, shortcutsPanel } = setUp();
    act(() => appearanceButton.click());
    expect(isShown(appearancePanel)).toBe(true);
    expect(appearanceButton.getAttribute('aria-expanded')).toBe('true');
    expect(disclosure.anyOpen).toBe(true);

    act(() => moreButton.click());
    expect(isShown(appearancePanel)).toBe(false);
    expect(isShown(shortcutsPanel)).toBe(true);
    expect(appearanceButton.getAttribute('aria-expanded')).toBe('false');

    act(() => moreButton.click());
    expect(isShown(shortcutsPanel)).toBe(false);
    expect(disclosure.anyOpen).toBe(false);
  });

  it('gives focus back to the button a panel hangs from when it closes', () => {
    const { appearanceButton, appearancePanel } = setUp();
    act(() => appearanceButton.click());
    expect(document.activeElement).toBe(appearancePanel.querySelector('h2'));
    act(() => disclosure.close());
    expect(isShown(appearancePanel)).toBe(false);
    expect(document.activeElement).toBe(appearanceButton);
  });

  it('gives focus back to where a key opened the panel from, rather than its button', () => {
    const { moreButton, notes, shortcutsPanel } = setUp();
    notes.focus();
    act(() => disclosure.toggle('shortcuts', moreButton, notes));
    expect(isShown(shortcutsPanel)).toBe(true);
    expect(disclosure.panelProps('shortcuts')).toMatchObject({ id: PANEL_IDS.shortcuts, anchor: moreButton, returnFocusTo: notes });
    act(() => disclosure.close());
    expect(document.activeElement).toBe(notes);
  });

  it('gives a closed panel no button to hang from', () => {
    const { appearanceButton } = setUp();
    act(() => appearanceButton.click());
    expect(disclosure.panelProps('appearance').anchor).toBe(appearanceButton);
    expect(disclosure.panelProps('shortcuts').anchor).toBeNull();
  });
});
