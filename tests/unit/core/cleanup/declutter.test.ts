import { describe, expect, it } from 'vitest';
import { HIDDEN_ATTRIBUTE, restoreHidden } from '../../../../core/cleanup/cleanup-steps';
import { cleanupJudged } from './judged';
import { describeElement, parseFixture, parseHtml } from '../load-fixture';

const FIXTURES = ['js-off-clips', 'js-off-clips-sv', 'noscript-players', 'quoted-notices'] as const;
/** As the sentinel runs on a page with its scripts off. */
const SCRIPTS_OFF = { scriptsOff: true, salvage: true };

function hiddenIn(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`));
}

describe('cleanup, with its notices judged', () => {
  it.each(FIXTURES)('hides exactly the elements marked hide in the %s fixture', (slug) => {
    const doc = parseFixture('cleanup', slug);
    const expected = Array.from(doc.querySelectorAll('[data-expect="hide"]'));
    const result = cleanupJudged(doc, SCRIPTS_OFF);
    const hidden = hiddenIn(doc);
    expect(hidden.map(describeElement)).toEqual(expected.map(describeElement));
    expect(hidden).toEqual(expected);
    for (const element of hidden) expect(element.getAttribute(HIDDEN_ATTRIBUTE)).toBe('js-notice');
    expect(new Set(result.hidden)).toEqual(new Set(expected));
  });

  it.each(FIXTURES)('leaves every element marked keep visible in the %s fixture', (slug) => {
    const doc = parseFixture('cleanup', slug);
    cleanupJudged(doc, SCRIPTS_OFF);
    for (const keep of Array.from(doc.querySelectorAll('[data-expect="keep"]'))) {
      expect(keep.closest(`[${HIDDEN_ATTRIBUTE}]`), describeElement(keep)).toBeNull();
    }
  });

  it('hides all three lines of every clip in the motivating article', () => {
    const doc = parseFixture('cleanup', 'js-off-clips');
    cleanupJudged(doc, SCRIPTS_OFF);
    const lines = ['Javascript is turned off', 'Javascript must be turned on to play video', 'Learn more about browser support'];
    const visibleLines = Array.from(doc.querySelectorAll('p, span, div, a'))
      .filter((el) => el.children.length === 0 && !el.closest(`[${HIDDEN_ATTRIBUTE}]`))
      .map((el) => (el.textContent ?? '').trim().replace(/^Sorry, /, ''));
    for (const line of lines) expect(visibleLines).not.toContain(line);
  });

  it('removes nothing from the page', () => {
    const doc = parseFixture('cleanup', 'js-off-clips');
    const textBefore = doc.body.textContent;
    const countBefore = doc.querySelectorAll('*').length;
    cleanupJudged(doc, SCRIPTS_OFF);
    expect(doc.body.textContent).toBe(textBefore);
    expect(doc.querySelectorAll('*').length).toBe(countBefore);
  });

  it('shows everything again when the signal aborts', () => {
    const doc = parseFixture('cleanup', 'js-off-clips');
    const before = doc.documentElement.outerHTML;
    const controller = new AbortController();
    const result = cleanupJudged(doc, { ...SCRIPTS_OFF, signal: controller.signal });
    expect(result.hidden.length).toBeGreaterThan(0);
    controller.abort();
    expect(hiddenIn(doc)).toEqual([]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('hides nothing when the signal has already aborted', () => {
    const doc = parseFixture('cleanup', 'js-off-clips');
    const controller = new AbortController();
    controller.abort();
    expect(cleanupJudged(doc, { ...SCRIPTS_OFF, signal: controller.signal })).toMatchObject({ hidden: [], salvaged: [] });
    expect(hiddenIn(doc)).toEqual([]);
  });

  it('does nothing on a document without a body', () => {
    const doc = document.implementation.createDocument(null, 'root', null);
    expect(cleanupJudged(doc, SCRIPTS_OFF)).toMatchObject({ hidden: [], salvaged: [] });
  });

  it('does not hide again what an earlier run hid', () => {
    const doc = parseFixture('cleanup', 'js-off-clips');
    const first = cleanupJudged(doc, SCRIPTS_OFF);
    expect(first.hidden.length).toBeGreaterThan(0);
    expect(cleanupJudged(doc, SCRIPTS_OFF).hidden).toEqual([]);
    expect(hiddenIn(doc)).toEqual(first.hidden);
  });
});

describe('restoreHidden', () => {
  it('removes the hidden attribute from the given elements only', () => {
    const doc = parseHtml('<div id="a" data-legible-hidden="js-notice"></div><div id="b" data-legible-hidden="js-notice"></div>');
    restoreHidden([doc.getElementById('a')!]);
    expect(doc.getElementById('a')!.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    expect(doc.getElementById('b')!.getAttribute(HIDDEN_ATTRIBUTE)).toBe('js-notice');
  });
});

describe('script widgets', () => {
  it('leaves a share link alone whose icon the stylesheet draws', () => {
    const doc = parseHtml(
      '<html lang="en"><body><article><p>Story.</p><a class="social-share-link" href="https://share.example/?u=1"></a><div class="share-buttons"></div></article></body></html>',
    );
    const { hidden } = cleanupJudged(doc, SCRIPTS_OFF);
    expect(hidden.map((el) => el.className)).toEqual(['share-buttons']);
  });
});
