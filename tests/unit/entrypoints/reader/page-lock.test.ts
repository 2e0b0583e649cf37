import { afterEach, describe, expect, it } from 'vitest';
import { lockPage } from '../../../../entrypoints/reader.content/page-lock';

afterEach(() => {
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
  document.body.inert = false;
  document.body.replaceChildren();
});

describe('lockPage', () => {
  it('makes the page inert, unscrollable and skipped by layout while the reader is open', () => {
    lockPage(document);
    expect(document.body.inert).toBe(true);
    expect(document.documentElement.style.getPropertyValue('overflow')).toBe('hidden');
    expect(document.body.style.getPropertyValue('content-visibility')).toBe('hidden');
  });

  it('gives back the styles the page had, and no style attribute where there was none', () => {
    document.body.setAttribute('style', 'content-visibility: auto; color: red');
    const unlock = lockPage(document);
    unlock();
    expect(document.body.style.getPropertyValue('content-visibility')).toBe('auto');
    expect(document.body.style.getPropertyValue('color')).toBe('red');
    expect(document.documentElement.hasAttribute('style')).toBe(false);
    expect(document.body.inert).toBe(false);
  });

  it('returns focus to what had it', () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    const unlock = lockPage(document);
    button.blur();
    unlock();
    expect(document.activeElement).toBe(button);
  });
});
