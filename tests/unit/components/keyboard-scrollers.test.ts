import { afterEach, describe, expect, it } from 'vitest';
import { keepScrollersInReach } from '../../../components/keyboard-scrollers';

/** Gives an element the sizes a browser would lay out (happy-dom lays nothing out). */
function sized(element: Element, sizes: { scrollWidth: number; clientWidth: number; scrollHeight?: number; clientHeight?: number }): void {
  for (const [key, value] of Object.entries({ scrollHeight: 20, clientHeight: 20, ...sizes }))
    Object.defineProperty(element, key, { value, configurable: true });
}

let content: HTMLElement;
afterEach(() => content.remove());

function article(html: string): HTMLElement {
  content = document.createElement('div');
  content.innerHTML = html;
  document.body.append(content);
  return content;
}

describe('keepScrollersInReach', () => {
  it('gives a tab stop to a table and a code block that scroll, and none to those that fit', () => {
    const root = article('<table id="wide"></table><table id="narrow"></table><pre id="long"></pre><pre id="short"></pre>');
    sized(root.querySelector('#wide')!, { scrollWidth: 900, clientWidth: 600 });
    sized(root.querySelector('#narrow')!, { scrollWidth: 600, clientWidth: 600 });
    sized(root.querySelector('#long')!, { scrollWidth: 600, clientWidth: 600, scrollHeight: 80, clientHeight: 60 });
    sized(root.querySelector('#short')!, { scrollWidth: 300, clientWidth: 600 });
    const stop = keepScrollersInReach(root);
    expect(Array.from(root.querySelectorAll('[tabindex="0"]'), (el) => el.id)).toEqual(['wide', 'long']);
    stop();
  });

  it('takes its tab stop away when the window grows and the block fits, and leaves a tab index the page set', () => {
    const root = article('<table id="wide"></table><pre id="own" tabindex="-1"></pre>');
    const wide = root.querySelector('#wide')!;
    sized(wide, { scrollWidth: 900, clientWidth: 600 });
    sized(root.querySelector('#own')!, { scrollWidth: 900, clientWidth: 600 });
    const stop = keepScrollersInReach(root);
    expect(wide.getAttribute('tabindex')).toBe('0');
    sized(wide, { scrollWidth: 900, clientWidth: 900 });
    window.dispatchEvent(new Event('resize'));
    expect(wide.hasAttribute('tabindex')).toBe(false);
    expect(root.querySelector('#own')!.getAttribute('tabindex')).toBe('-1');
    stop();
  });
});
