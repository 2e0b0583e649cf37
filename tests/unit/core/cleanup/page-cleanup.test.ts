import { describe, expect, it } from 'vitest';
import { HIDDEN_ATTRIBUTE } from '../../../../core/cleanup/cleanup-steps';
import { createPageCleanup } from '../../../../core/cleanup/page-cleanup';
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

  it('paced, lets the page have a moment after the rules and after reading its text, and ends as run does', async () => {
    const doc = parseHtml(PAGE);
    const seen: string[][] = [];
    const pending = await createPageCleanup(doc, { salvage: true, scriptsOff: true }).runPaced(async () => void seen.push(hiddenIds(doc)));
    // Dead parts first, then the read that finds a mention of JavaScript, then the notice lines.
    expect(seen).toEqual([['player'], ['player']]);
    expect(pending?.lines.map((line) => line.layers[0]!.text)).toEqual(['Please enable JavaScript to view the comments.']);
  });

  it('paced, stops where it is when the page is shown again during a pause', async () => {
    const doc = parseHtml(PAGE);
    const cleanup = createPageCleanup(doc, { salvage: true, scriptsOff: true });
    const pending = await cleanup.runPaced(async () => cleanup.undo());
    expect(pending).toBeUndefined();
    expect(hiddenIds(doc)).toEqual([]);
    expect(cleanup.counts()).toEqual({ hiddenCount: 0, salvagedCount: 0 });
  });

  it('paced, does not pause on a page whose text mentions no JavaScript (page scripts on)', async () => {
    const doc = parseHtml('<html lang="en"><body><article><p>Story text about harbours.</p></article></body></html>');
    let pauses = 0;
    const pending = await createPageCleanup(doc, { salvage: true, scriptsOff: false }).runPaced(async () => void pauses++);
    expect([pending, pauses]).toEqual([undefined, 0]);
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
    const doc = parseHtml(
      '<html lang="en"><body><article><p>Story.</p><div id="facade" data-youtube-id="abc123"><img src="/poster.jpg" alt="Play the clip"></div></article></body></html>',
    );
    const cleanup = createPageCleanup(doc, { salvage: true, scriptsOff: false });
    cleanup.runLater();
    expect(hiddenIds(doc)).toEqual([]);
  });
});
