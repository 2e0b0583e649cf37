import { describe, expect, it } from 'vitest';
import { HIDDEN_ATTRIBUTE } from '../../../../core/cleanup/cleanup-steps';
import { collectNoticeLines, textHasNoticeHint } from '../../../../core/cleanup/notice-lines';
import { isNoticeText, judgeNoticeLines } from '../../../../core/cleanup/notice-judge';
import { createPageCleanup } from '../../../../core/cleanup/page-cleanup';
import { findJsNotices, runJudged } from './judged';
import { describeElement, parseFixture, parseHtml } from '../load-fixture';

const FIXTURES = ['js-off-clips', 'js-off-clips-sv', 'noscript-players', 'quoted-notices'] as const;

describe('isNoticeText', () => {
  it.each([
    'Javascript is turned off',
    'JavaScript is disabled in your browser.',
    'Javascript must be turned on to play video',
    'JavaScript needs to be enabled',
    'Please enable JavaScript to view the comments.',
    'You need to enable JavaScript to run this app.',
    'This site requires JavaScript.',
    'JavaScript is required',
    'Javascript är avstängt',
    'Javascript måste vara påslaget för att spela video',
    'Aktivera Javascript i din webbläsare',
  ])('accepts the notice “%s”', (text) => {
    expect(isNoticeText(text)).toBe(true);
  });

  it('accepts the three lines of a dead player together', () => {
    expect(isNoticeText('Javascript is turned off\n  Javascript must be turned on to play video\n  Learn more about browser support')).toBe(
      true,
    );
  });

  it('accepts the Swedish lines together with their companion', () => {
    expect(isNoticeText('Javascript är avstängt Javascript måste vara påslaget för att spela video Läs mer om webbläsarstöd')).toBe(true);
  });

  it('ignores case and a space inside “Java Script”', () => {
    expect(isNoticeText('JAVA SCRIPT IS DISABLED')).toBe(true);
  });

  it('allows a few words besides the notice', () => {
    expect(isNoticeText('Sorry, Javascript is turned off.')).toBe(true);
  });

  it('refuses a companion line without a notice', () => {
    expect(isNoticeText('Learn more about browser support')).toBe(false);
    expect(isNoticeText('Läs mer om webbläsarstöd')).toBe(false);
  });

  it('refuses text that only mentions JavaScript or browsers', () => {
    expect(isNoticeText('JavaScript')).toBe(false);
    expect(isNoticeText('Which browsers we support')).toBe(false);
  });

  it('refuses a sentence that discusses a notice among many other words', () => {
    expect(
      isNoticeText(
        'Readers who browse without scripts know the line that says Javascript is turned off, and they rarely learn what the clip was about.',
      ),
    ).toBe(false);
  });

  it('refuses text longer than a notice, even made of notices', () => {
    expect(isNoticeText(Array.from({ length: 20 }, () => 'Javascript is turned off.').join(' '))).toBe(false);
  });

  it('refuses empty and blank text', () => {
    expect(isNoticeText('')).toBe(false);
    expect(isNoticeText(' \n\t ')).toBe(false);
  });
});

describe('findJsNotices', () => {
  it.each(FIXTURES)('finds exactly the notices marked in the %s fixture', (slug) => {
    const doc = parseFixture('cleanup', slug);
    const expected = Array.from(doc.querySelectorAll('[data-expect="hide"]'));
    const found = findJsNotices(doc.body, true);
    expect(found.map(describeElement).sort()).toEqual(expected.map(describeElement).sort());
    expect(new Set(found)).toEqual(new Set(expected));
  });

  it('returns the largest element whose whole text is still the notice', () => {
    const doc = parseHtml(
      '<article><p>Intro text that is long enough.</p><div id="shell"><div id="inner"><p>Javascript is turned off</p><p>Javascript must be turned on to play video</p></div></div></article>',
    );
    expect(findJsNotices(doc.body, true)).toEqual([doc.getElementById('shell')]);
  });

  it('leaves a player alone whose <noscript> holds its markup as text (page scripts on)', () => {
    const doc = parseHtml('<article><p>Intro text that is long enough.</p><div id="player"></div></article>');
    const noscript = doc.createElement('noscript');
    // With scripting on, the parser keeps noscript content as one unrendered text node.
    noscript.append(doc.createTextNode('<p>Javascript is turned off</p><p>Javascript must be turned on to play video</p>'));
    doc.getElementById('player')!.append(noscript);
    expect(findJsNotices(doc.body, false)).toEqual([]);
  });

  it('reads a <noscript> that holds only text as the notice it shows with page scripts off', () => {
    const doc = parseHtml(
      '<html lang="de"><body><article><p>Ein langer Text über den Hafen.</p><section><noscript id="n">Bitte aktivieren Sie JavaScript, um die Kommentare zu sehen.</noscript></section></article></body></html>',
    );
    expect(findJsNotices(doc.body, true)).toEqual([doc.getElementById('n')]);
  });

  it('never takes a headline, or the box around it, for a notice', () => {
    const doc = parseHtml('<article><p>Story.</p><div id="box"><h2>JavaScript is disabled for thousands of readers</h2></div></article>');
    expect(findJsNotices(doc.body, true)).toEqual([]);
  });

  it('stops below an element that also holds other text', () => {
    const doc = parseHtml(
      '<div id="figure"><div id="notice"><p>Javascript is turned off</p></div><p>The harbour at dawn, filmed from the pier by our photographer.</p></div>',
    );
    expect(findJsNotices(doc.body, true)).toEqual([doc.getElementById('notice')]);
  });

  it('stops below an element that holds an image or a video', () => {
    const doc = parseHtml('<div id="player"><img src="poster.jpg" alt=""><div id="notice">Javascript is turned off</div></div>');
    expect(findJsNotices(doc.body, true)).toEqual([doc.getElementById('notice')]);
    const withVideo = parseHtml('<div id="player"><video src="a.mp4"></video><p id="notice">Javascript is turned off</p></div>');
    expect(findJsNotices(withVideo.body, true)).toEqual([withVideo.getElementById('notice')]);
  });

  it('climbs through inline pieces of a sentence to its line', () => {
    const doc = parseHtml('<p id="line"><b>Javascript</b> <span>is turned off</span></p>');
    // The prefilter fires on the <b>, whose own text is not a notice; its line is.
    expect(findJsNotices(doc.body, true)).toEqual([doc.getElementById('line')]);
  });

  it('does not climb from a block that is not a notice', () => {
    const doc = parseHtml('<div><p>Javascript and other languages are taught here.</p><p>Javascript is turned off</p></div>');
    expect(findJsNotices(doc.body, true).map((e) => e.textContent)).toEqual(['Javascript is turned off']);
  });

  it('keeps a figure whose short caption sits beside the notice', () => {
    const doc = parseHtml(
      '<figure id="fig"><div id="player"><p>Javascript är avstängt</p><p>Javascript måste vara påslaget för att spela video</p></div><figcaption>Fyrens lins. Video: Kustbladet</figcaption></figure>',
    );
    expect(findJsNotices(doc.body, true)).toEqual([doc.getElementById('player')]);
  });

  it('never returns a figcaption, even one that repeats a notice', () => {
    const doc = parseHtml('<figure><img src="a.jpg" alt=""><figcaption>Javascript is turned off</figcaption></figure>');
    expect(findJsNotices(doc.body, true)).toEqual([]);
  });

  it('skips notices quoted in blockquote, q, pre, code, samp and kbd', () => {
    const doc = parseHtml(
      '<blockquote><p>Javascript is turned off</p></blockquote>' +
        '<p>She read <q>JavaScript is required</q> aloud.</p>' +
        '<pre><span>Please enable JavaScript to continue.</span></pre>' +
        '<div><code>Javascript is turned off</code></div>' +
        '<div><samp>This site requires JavaScript</samp></div>' +
        '<div><kbd>Javascript is turned off</kbd></div>',
    );
    expect(findJsNotices(doc.body, true)).toEqual([]);
  });

  it('never returns the body, main, article or section', () => {
    for (const html of [
      '<body>Javascript is turned off</body>',
      '<body><main>Javascript is turned off</main></body>',
      '<body><article>Javascript is turned off</article></body>',
      '<body><section>Please enable JavaScript to continue</section></body>',
    ]) {
      expect(findJsNotices(parseHtml(html).body, true), html).toEqual([]);
    }
  });

  it('keeps a notice inside an article but never the article itself', () => {
    const doc = parseHtml('<main><article><p id="only">Javascript is turned off</p></article></main>');
    expect(findJsNotices(doc.body, true)).toEqual([doc.getElementById('only')]);
  });

  it('skips scripts, styles, templates and text areas', () => {
    const doc = parseHtml(
      '<div><script>var msg = "Javascript is turned off";</script></div><style>/* Javascript is turned off */</style><template><p>Javascript is turned off</p></template><textarea>Javascript is turned off</textarea>',
    );
    expect(findJsNotices(doc.body, true)).toEqual([]);
  });

  it('skips notices already hidden', () => {
    const doc = parseHtml(
      '<div data-legible-hidden="js-notice"><p>Javascript is turned off</p></div><div id="new"><p>JavaScript is required</p></div>',
    );
    expect(findJsNotices(doc.body, true)).toEqual([doc.getElementById('new')]);
  });

  it('finds a notice that is only a text node of a plain div', () => {
    const doc = parseHtml(
      '<article><p>Some text before the comments box of this article.</p><div id="c">Please enable JavaScript to view the comments powered by a third party.</div></article>',
    );
    expect(findJsNotices(doc.body, true)).toEqual([doc.getElementById('c')]);
  });

  it('changes nothing in the document', () => {
    const doc = parseFixture('cleanup', 'js-off-clips');
    const before = doc.documentElement.outerHTML;
    findJsNotices(doc.body, true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('collectNoticeLines and judgeNoticeLines', () => {
  const layer = (text: string, inline = false, heading = false) => ({ text, inline, heading });

  it('sends the background only short lines that may be notices, with the elements around them', () => {
    const doc = parseHtml(
      '<html lang="sv"><body><article><p>JavaScript skapades på tio dagar och finns i varje webbläsare i dag, skriver vår reporter.</p><div id="box"><p id="line">Javascript är avstängt</p></div></article></body></html>',
    );
    const { lines, elements } = collectNoticeLines(doc.body, true);
    expect(lines).toEqual([{ forNoScript: false, layers: [layer('Javascript är avstängt'), layer('Javascript är avstängt')] }]);
    expect(elements).toEqual([[doc.getElementById('line'), doc.getElementById('box')]]);
    expect(judgeNoticeLines(lines, 'sv')).toEqual([1]);
  });

  it('reads a line in the table of the page language, and English', () => {
    const lines = [{ forNoScript: false, layers: [layer('JavaScript jest wyłączony')] }];
    expect(judgeNoticeLines(lines, 'pl')).toEqual([0]);
    expect(judgeNoticeLines(lines, 'sv')).toEqual([-1]);
    expect(judgeNoticeLines([{ forNoScript: false, layers: [layer('JavaScript is turned off')] }], 'sv')).toEqual([0]);
  });

  it('reaches a notice only through inline pieces of its sentence, and never takes a headline', () => {
    const notice = 'Javascript is turned off';
    expect(judgeNoticeLines([{ forNoScript: false, layers: [layer('Javascript', true), layer(notice)] }])).toEqual([1]);
    expect(judgeNoticeLines([{ forNoScript: false, layers: [layer('Javascript'), layer(notice)] }])).toEqual([-1]);
    expect(judgeNoticeLines([{ forNoScript: false, layers: [layer(notice, false, true)] }])).toEqual([-1]);
  });

  it('hides a no-script box once, with the empty player inside it', () => {
    const doc = parseHtml(
      '<html lang="en"><body><article><p>Story.</p><div class="no-js" id="box"><div class="video-js" id="player"></div><p>Please enable JavaScript to watch this video.</p></div></article></body></html>',
    );
    const cleanup = createPageCleanup(doc, { salvage: true, scriptsOff: true });
    runJudged(cleanup);
    expect(Array.from(doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`), (el) => el.id)).toEqual(['box']);
    expect(cleanup.counts()).toEqual({ hiddenCount: 1, salvagedCount: 0 });
  });

  it('drops the answer for a page cleaned up again meanwhile', () => {
    const doc = parseHtml('<html lang="en"><body><article><p>Story.</p><p id="n">Javascript is turned off</p></article></body></html>');
    const cleanup = createPageCleanup(doc, { salvage: true, scriptsOff: true });
    const pending = cleanup.run()!;
    cleanup.undo();
    pending.finish(judgeNoticeLines(pending.lines, pending.pageLang));
    expect(doc.querySelector(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
    expect(cleanup.counts().hiddenCount).toBe(0);
  });
});

describe('textHasNoticeHint', () => {
  it('reads the page text without the scripts and styles in it', () => {
    const page = (inner: string) => parseHtml(`<html><body><article><p>Story.</p></article>${inner}</body></html>`).body;
    expect(textHasNoticeHint(page('<div>Javascript is turned off</div>'), true)).toBe(true);
    expect(textHasNoticeHint(page('Please enable JavaScript to continue.'), true)).toBe(true);
    expect(
      textHasNoticeHint(page('<script>var note = "Javascript is turned off";</script><style>/* enable JavaScript */</style>'), true),
    ).toBe(false);
  });

  it('skips a <noscript> while page scripts run, where its markup is one unrendered text', () => {
    const body = parseHtml('<html><body><p>Story.</p></body></html>').body;
    body.append(Object.assign(body.ownerDocument.createElement('noscript'), { textContent: '<p>Javascript is turned off</p>' }));
    expect(textHasNoticeHint(body, false)).toBe(false);
    expect(textHasNoticeHint(body, true)).toBe(true);
  });
});
