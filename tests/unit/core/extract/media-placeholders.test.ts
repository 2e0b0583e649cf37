import { describe, expect, it } from 'vitest';
import { insertMediaPlaceholders, restoreDroppedPlaceholders } from '../../../../core/extract/media-placeholders';
import { findMedia } from '../../../../core/media/find-media';
import { parseHtml } from '../load-fixture';

const PAGE = { pageUrl: 'https://news.example.org/a', baseUrl: 'https://news.example.org/a' };

function slotsIn(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll('[data-legible-media]'), (el) => el.getAttribute('data-legible-media') ?? '');
}

/** What sits just before each clip slot: the text of the previous element, or '(start)'. */
function textBeforeEachSlot(root: ParentNode): Record<string, string> {
  return Object.fromEntries(
    Array.from(root.querySelectorAll('[data-legible-media]'), (el) => [
      el.getAttribute('data-legible-media') ?? '',
      el.previousElementSibling?.textContent?.replace(/\s+/g, ' ').trim() ?? '(start)',
    ]),
  );
}

describe('insertMediaPlaceholders', () => {
  it('replaces each clip with a figure that names it', () => {
    const doc = parseHtml(`<article><p>One.</p>
      <video title="The crossing"></video><p>Two.</p><audio></audio><p>Three.</p><video></video></article>`);
    insertMediaPlaceholders(doc, findMedia(doc, PAGE));
    expect(doc.querySelectorAll('video, audio')).toHaveLength(0);
    const figures = Array.from(doc.querySelectorAll('figure[data-legible-media]'));
    expect(figures.map((f) => [f.getAttribute('data-legible-media'), f.innerHTML])).toEqual([
      ['clip-1', '<p>The crossing</p>'],
      ['clip-2', '<p>Audio clip</p>'],
      ['clip-3', '<p>Video clip</p>'],
    ]);
    expect(textBeforeEachSlot(doc)).toEqual({ 'clip-1': 'One.', 'clip-2': 'Two.', 'clip-3': 'Three.' });
  });

  it('sets the label as text, never as HTML', () => {
    const doc = parseHtml('<video title="&lt;img src=x onerror=alert(1)&gt;"></video>');
    insertMediaPlaceholders(doc, findMedia(doc, PAGE));
    const figure = doc.querySelector('figure')!;
    expect(figure.querySelector('img')).toBeNull();
    expect(figure.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('puts a clip inside noscript where the outermost noscript was', () => {
    const doc = parseHtml(
      '<article><p>Before.</p><div class="player"><noscript><div><noscript><video></video></noscript></div></noscript></div><p>After.</p></article>',
    );
    insertMediaPlaceholders(doc, findMedia(doc, PAGE));
    expect(doc.querySelector('noscript')).toBeNull();
    expect(doc.querySelector('.player')!.innerHTML).toBe('<figure data-legible-media="clip-1"><p>Video clip</p></figure>');
  });

  it('remembers the text of the paragraph before the clip, ignoring paragraphs inside the clip', () => {
    const doc = parseHtml(
      '<p>  Far   before. </p><p>Just\n before.</p><noscript><p>Fallback text</p><video></video></noscript><p>After.</p>',
    );
    const [anchor] = insertMediaPlaceholders(doc, findMedia(doc, PAGE));
    expect(anchor?.id).toBe('clip-1');
    expect(anchor?.previousParagraphs[0]).toBe('Just before.');
    expect(anchor?.previousParagraphs).not.toContain('Fallback text');
    expect(anchor?.previousParagraphs).not.toContain('After.');
  });

  it('replaces the player a JSON-LD clip names, and gives a clip without a player neither figure nor anchor', () => {
    const structured = JSON.stringify([
      { '@type': 'AudioObject', name: 'Described only', transcript: 'Words.' },
      { '@type': 'VideoObject', name: 'Tug boats', identifier: 'tug-5150', transcript: 'Words.' },
    ]);
    const doc = parseHtml(`<script type="application/ld+json">${structured}</script>
      <article><p>Before.</p><div class="shell" data-video-id="tug-5150"><p>Player needs JavaScript.</p></div><p>After.</p></article>`);
    const anchors = insertMediaPlaceholders(doc, findMedia(doc, PAGE));
    expect(anchors).toEqual([{ id: 'clip-1', previousParagraphs: ['Before.'] }]);
    expect(doc.querySelector('.shell')).toBeNull();
    expect(doc.querySelector('article')!.innerHTML.replace(/\s+/g, ' ')).toBe(
      '<p>Before.</p><figure data-legible-media="clip-1"><p>Tug boats</p></figure><p>After.</p>',
    );
    expect(slotsIn(doc)).toEqual(['clip-1']);
  });

  it('remembers no paragraph for a clip at the top of the page', () => {
    const doc = parseHtml('<video></video><p>After.</p>');
    const [anchor] = insertMediaPlaceholders(doc, findMedia(doc, PAGE));
    expect(anchor?.previousParagraphs).toEqual([]);
  });
});

describe('restoreDroppedPlaceholders', () => {
  function content(html: string): DocumentFragment {
    const doc = parseHtml('');
    const template = doc.createElement('template');
    template.innerHTML = html;
    return template.content;
  }

  it('empties a placeholder the parser kept and leaves it in place', () => {
    const fragment = content('<p>A.</p><figure data-legible-media="clip-1"><p>The crossing</p></figure><p>B.</p>');
    restoreDroppedPlaceholders(fragment, [{ id: 'clip-1', previousParagraphs: ['A.'] }]);
    const figure = fragment.querySelector('[data-legible-media="clip-1"]')!;
    expect(figure.innerHTML).toBe('');
    expect(figure.previousElementSibling?.textContent).toBe('A.');
    expect(fragment.querySelectorAll('[data-legible-media]')).toHaveLength(1);
  });

  it('puts a dropped placeholder back after the paragraph that preceded the clip', () => {
    const fragment = content('<p>A.</p><p>B.</p><p>C.</p>');
    restoreDroppedPlaceholders(fragment, [{ id: 'clip-1', previousParagraphs: ['B.', 'A.'] }]);
    expect(textBeforeEachSlot(fragment)).toEqual({ 'clip-1': 'B.' });
    expect(fragment.querySelector('[data-legible-media]')!.localName).toBe('figure');
  });

  it('matches the paragraph by its text with spaces collapsed', () => {
    const fragment = content('<p>A\n   sentence  here.</p><p>Next.</p>');
    restoreDroppedPlaceholders(fragment, [{ id: 'clip-1', previousParagraphs: ['A sentence here.'] }]);
    expect(textBeforeEachSlot(fragment)).toEqual({ 'clip-1': 'A sentence here.' });
  });

  it('goes after the nearest surviving earlier paragraph when the one just before is gone too', () => {
    const fragment = content('<p>A.</p><p>B.</p><p>D.</p>');
    restoreDroppedPlaceholders(fragment, [{ id: 'clip-1', previousParagraphs: ['C (dropped).', 'B.', 'A.'] }]);
    expect(textBeforeEachSlot(fragment)).toEqual({ 'clip-1': 'B.' });
  });

  it('keeps two dropped clips after the same paragraph in their order', () => {
    const fragment = content('<p>A.</p><p>B.</p>');
    restoreDroppedPlaceholders(fragment, [
      { id: 'clip-1', previousParagraphs: ['A.'] },
      { id: 'clip-2', previousParagraphs: ['A.'] },
    ]);
    expect(slotsIn(fragment)).toEqual(['clip-1', 'clip-2']);
    expect(fragment.querySelector('[data-legible-media="clip-2"]')!.nextElementSibling?.textContent).toBe('B.');
  });

  it('puts a dropped clip ahead of a later clip that survived after the same paragraph', () => {
    const fragment = content('<p>A.</p><figure data-legible-media="clip-2"><p>Second</p></figure><p>B.</p>');
    restoreDroppedPlaceholders(fragment, [
      { id: 'clip-1', previousParagraphs: ['A.'] },
      { id: 'clip-2', previousParagraphs: ['A.'] },
    ]);
    expect(slotsIn(fragment)).toEqual(['clip-1', 'clip-2']);
  });

  it('appends a dropped placeholder at the end when no earlier paragraph survived', () => {
    const fragment = content('<p>A.</p><p>B.</p>');
    restoreDroppedPlaceholders(fragment, [
      { id: 'clip-1', previousParagraphs: ['Gone.'] },
      { id: 'clip-2', previousParagraphs: [] },
    ]);
    expect(slotsIn(fragment)).toEqual(['clip-1', 'clip-2']);
    expect(fragment.lastElementChild?.getAttribute('data-legible-media')).toBe('clip-2');
    expect(fragment.firstElementChild?.textContent).toBe('A.');
  });
});
