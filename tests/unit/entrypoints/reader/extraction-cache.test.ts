import { describe, expect, it } from 'vitest';
import { createExtractionCache } from '../../../../entrypoints/reader.content/extraction-cache';
import { lockPage } from '../../../../entrypoints/reader.content/page-lock';

/** Lets the cache's MutationObserver hear what changed (its records come in a microtask). */
const changesHeard = () => new Promise((heard) => setTimeout(heard, 0));

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('createExtractionCache', () => {
  it('reads the page once while it stays as it was, and again after any change to its text, elements or attributes', async () => {
    const doc = page('<article><p id="first">One story.</p></article>');
    const cache = createExtractionCache<string>();
    let reads = 0;
    const read = () => cache.read(doc, () => `${++reads}: ${doc.body.textContent}`).value;

    expect(read()).toBe('1: One story.');
    await changesHeard();
    expect(read()).toBe('1: One story.');

    doc.getElementById('first')!.firstChild!.nodeValue = 'One story, corrected.';
    await changesHeard();
    expect(read()).toBe('2: One story, corrected.');

    doc.querySelector('article')!.append(doc.createElement('p'));
    await changesHeard();
    expect(read()).toBe('3: One story, corrected.');

    doc.getElementById('first')!.setAttribute('hidden', '');
    await changesHeard();
    expect(read()).toBe('4: One story, corrected.');
  });

  it('keeps the article across what the open reader itself does to the page (an inert, unpainted body)', async () => {
    const doc = page('<p>Text.</p>');
    const cache = createExtractionCache<number>();
    let reads = 0;
    cache.read(doc, () => ++reads);
    const unlock = lockPage(doc);
    await changesHeard();
    unlock();
    await changesHeard();
    expect(cache.read(doc, () => ++reads)).toEqual({ value: 1, fresh: false });
  });

  it('reads afresh after the page changes its body or its address, and after forget()', async () => {
    const doc = page('<p>Text.</p>');
    const cache = createExtractionCache<number>();
    let reads = 0;
    cache.read(doc, () => ++reads);
    doc.body.replaceWith(doc.createElement('body'));
    expect(cache.read(doc, () => ++reads)).toEqual({ value: 2, fresh: true });

    history.pushState(null, '', '#another-story');
    expect(cache.read(doc, () => ++reads)).toEqual({ value: 3, fresh: true });

    cache.forget();
    expect(cache.read(doc, () => ++reads)).toEqual({ value: 4, fresh: true });
  });
});
