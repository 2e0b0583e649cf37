import { describe, expect, it } from 'vitest';
import { HIDDEN_ATTRIBUTE } from '../../../../core/declutter/declutter';
import { createPageCleanup } from '../../../../core/declutter/page-cleanup';
import { parseHtml } from '../load-fixture';
import { runJudged } from './judged';

const PAGE = `<html lang="en"><body><article>
  <p>Story text.</p>
  <div class="jwplayer" id="player"></div>
  <img id="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/quay.jpg" alt="Quay">
  <div id="notice">Please enable JavaScript to view the comments.</div>
</article></body></html>`;

const hiddenIds = (doc: Document) => Array.from(doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`), (el) => el.id).sort();

describe('createPageCleanup', () => {
  it('cleans up once, counts what it did, undoes all of it, and can clean up again', () => {
    const doc = parseHtml(PAGE);
    const cleanup = createPageCleanup(doc, { salvage: true, scriptsOff: true });
    runJudged(cleanup);
    runJudged(cleanup);
    expect(hiddenIds(doc)).toEqual(['notice', 'player']);
    expect(cleanup.counts()).toEqual({ hiddenCount: 2, salvagedCount: 1 });
    expect(doc.getElementById('lazy')!.getAttribute('src')).toBe('/img/quay.jpg');

    cleanup.undo();
    expect(hiddenIds(doc)).toEqual([]);
    expect(cleanup.counts()).toEqual({ hiddenCount: 0, salvagedCount: 0 });
    expect(doc.getElementById('lazy')!.getAttribute('src')).toBe('data:image/gif;base64,R0lGODlhAQABAAAAACw=');

    runJudged(cleanup);
    expect(hiddenIds(doc)).toEqual(['notice', 'player']);
  });

  it('with page scripts on, leaves players and images to the page at first, and hides a player still empty later', () => {
    const doc = parseHtml(PAGE);
    const cleanup = createPageCleanup(doc, { salvage: true, scriptsOff: false });
    runJudged(cleanup);
    expect(hiddenIds(doc)).toEqual(['notice']);
    expect(doc.getElementById('lazy')!.getAttribute('src')).toMatch(/^data:/);
    cleanup.runLater();
    expect(hiddenIds(doc)).toEqual(['notice', 'player']);
    expect(cleanup.figures()).toEqual({ hiddenCount: 2, salvagedCount: 0, keptCount: 0 });
  });

  it('trusts the sentinel when it saw no notice in the page text', () => {
    const doc = parseHtml(PAGE);
    const cleanup = createPageCleanup(doc, { salvage: false, scriptsOff: true, textHint: false });
    runJudged(cleanup);
    expect(hiddenIds(doc)).toEqual(['player']);
  });

  it('with page scripts on, takes a shell that shows only its unrendered <noscript> for dead later', () => {
    const doc = parseHtml('<html lang="en"><body><article><p>Story.</p><div id="shell" data-video-id="v-1"></div></article></body></html>');
    const noscript = doc.createElement('noscript');
    noscript.append(doc.createTextNode('<p>Javascript is turned off</p>'));
    doc.getElementById('shell')!.append(noscript);
    const cleanup = createPageCleanup(doc, { salvage: true, scriptsOff: false });
    runJudged(cleanup);
    expect(hiddenIds(doc)).toEqual([]);
    cleanup.runLater();
    expect(hiddenIds(doc)).toEqual(['shell']);
  });

  it('with page scripts on, leaves a click-to-play player with a poster alone', () => {
    const doc = parseHtml('<html lang="en"><body><article><p>Story.</p><div id="facade" data-youtube-id="abc123"><img src="/poster.jpg" alt="Play the clip"></div></article></body></html>');
    const cleanup = createPageCleanup(doc, { salvage: true, scriptsOff: false });
    cleanup.runLater();
    expect(hiddenIds(doc)).toEqual([]);
  });
});
