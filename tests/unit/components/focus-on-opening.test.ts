import { afterEach, describe, expect, it } from 'vitest';
import { focusOnOpening } from '../../../components/focus-on-opening';

function title(): HTMLElement {
  const heading = document.createElement('h1');
  heading.tabIndex = -1;
  heading.textContent = 'The harbour that never sleeps';
  document.body.append(heading);
  return heading;
}

afterEach(() => document.body.replaceChildren());

describe('focusOnOpening', () => {
  it('moves focus to the title, with its ring, when the reader was opened from the keyboard', () => {
    const heading = title();
    focusOnOpening(heading, true);
    expect(document.activeElement).toBe(heading);
    expect(heading.hasAttribute('data-quiet-focus')).toBe(false);
  });

  it('moves focus to the title without its ring after a click', () => {
    const heading = title();
    focusOnOpening(heading, false);
    expect(document.activeElement).toBe(heading);
    expect(heading.hasAttribute('data-quiet-focus')).toBe(true);
  });

  it('shows the ring again on the first key pressed on the title', () => {
    const heading = title();
    focusOnOpening(heading, false);
    heading.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(heading.hasAttribute('data-quiet-focus')).toBe(false);
  });

  it('shows it for good once focus has moved on', () => {
    const heading = title();
    const next = document.body.appendChild(document.createElement('button'));
    focusOnOpening(heading, false);
    next.focus();
    expect(heading.hasAttribute('data-quiet-focus')).toBe(false);
  });
});
