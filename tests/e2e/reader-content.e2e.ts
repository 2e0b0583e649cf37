import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIn, pollPage } from '../../tools/browser-driver';
import { waitUntil } from '../../tools/browser-driver/poll';
import { BROWSERS, openHarness, waitForReader, type Harness } from './support/harness';

describe.each(BROWSERS)('what the reader keeps of an article, with page JavaScript off, in %s', (browserName) => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await openHarness(browserName, { pageJavaScript: false });
  });
  afterAll(() => harness?.close());

  const openReaderOn = async (path: string): Promise<Page> => {
    const page = await harness.browser.openPage(`${harness.site.articleOrigin}/${path}`);
    await harness.browser.toggleReader(page);
    await waitForReader(page);
    return page;
  };

  it('keeps MathML, a wide table that scrolls sideways, code, an image with its alt text, and a working footnote', async () => {
    const page = await openReaderOn('rich-article.html');
    const kept = await evaluateIn(page, () => {
      const root = document.querySelector('legible-reader')!.shadowRoot!;
      const content = root.querySelector('.content')!;
      const table = content.querySelector('table')!;
      return {
        math: content.querySelector('math')?.namespaceURI,
        superscript: content.querySelector('math msup mn')?.textContent,
        tableScrolls:
          getComputedStyle(table).overflowX === 'auto' && table.scrollWidth > table.clientWidth && table.clientWidth <= content.clientWidth,
        code: content.querySelector('pre code')?.textContent,
        alt: content.querySelector('img')?.getAttribute('alt'),
        outline: Array.from(root.querySelectorAll('.outline li'), (li) => li.textContent),
      };
    });
    expect(kept).toEqual({
      math: 'http://www.w3.org/1998/Math/MathML',
      superscript: '2',
      tableScrolls: true,
      code: 'tide --port skarvo --days 7',
      alt: 'The crane at the Skarvö quay at low water',
      outline: ['The shape of the curve', 'Checking it yourself'],
    });

    await evaluateIn(page, () => document.querySelector('legible-reader')!.shadowRoot!.querySelector<HTMLAnchorElement>('sup a')!.click());
    const after = await evaluateIn(page, () => ({
      focused: document.querySelector('legible-reader')!.shadowRoot!.activeElement?.textContent?.trim(),
      hash: location.hash,
    }));
    expect(after).toEqual({ focused: 'Measured by the harbour office in 2023. Back to the text', hash: '' });
  });

  it('leaves the page’s leftovers out of the article, says how many, and shows them again from the page panel, kept for the site', async () => {
    const page = await openReaderOn('leftovers-article.html');
    const articleText = () =>
      evaluateIn(page, () =>
        document.querySelector('legible-reader')!.shadowRoot!.querySelector('article .content')!.textContent!.replace(/\s+/g, ' '),
      );
    const before = await articleText();
    expect(before).toMatch(/^ ?Four pilots guide every ship/);
    expect(before).toContain('Marit Solheim has guided ships');
    expect(before).toContain('The pilot boat at the old ferry landing.');
    for (const leftover of [
      'Read also',
      'Sign up for our weekly newsletter',
      'Harbour cranes get a second life',
      'By Ines Varga',
      'Photo: Harbour Post',
    ])
      expect(before).not.toContain(leftover);

    const panel = await evaluateIn(page, () => {
      const root = document.querySelector('legible-reader')!.shadowRoot!;
      Array.from(root.querySelectorAll<HTMLButtonElement>('[role="toolbar"] button'))
        .find((b) => b.textContent === 'This page')!
        .click();
      return root.querySelector('#legible-page-panel')!.textContent!;
    });
    expect(panel).toMatch(/\(related links, calls to subscribe, credits\): [1-9]/);
    await evaluateIn(page, () => {
      const root = document.querySelector('legible-reader')!.shadowRoot!;
      Array.from(root.querySelectorAll('#legible-page-panel label'))
        .find((l) => l.textContent?.includes('Show the article with them'))!
        .querySelector('input')!
        .click();
    });
    await pollPage(
      page,
      () =>
        document
          .querySelector('legible-reader')!
          .shadowRoot!.querySelector('article .content')!
          .textContent!.includes('Sign up for our weekly newsletter'),
      { what: 'the leftovers shown' },
    );
    expect(await articleText()).toContain('Read also: The last lighthouse keepers');
    expect(
      await evaluateIn(
        page,
        () => document.querySelector('legible-reader')!.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent,
      ),
    ).toMatch(/^Showing the article with the \d+ blocks Legible left out$/);
    await waitUntil(async () => (await harness.browser.readSyncStorage('site:127.0.0.1')) !== null, 'the site’s choice stored');
    expect(await harness.browser.readSyncStorage('site:127.0.0.1')).toEqual(expect.objectContaining({ showLeftOut: true }));

    // The next article on the site opens with them.
    await harness.browser.toggleReader(page);
    await pollPage(page, () => !document.querySelector('legible-reader'), { what: 'the reader to close' });
    await harness.browser.toggleReader(page);
    await waitForReader(page);
    expect(await articleText()).toContain('Sign up for our weekly newsletter');
    await harness.browser.writeSyncStorage({ 'site:127.0.0.1': { cleanUp: true, autoOpen: false, showLeftOut: false } });
  });

  it('sets a right-to-left article right to left, in its language', async () => {
    const page = await openReaderOn('rtl-article.html');
    const article = await evaluateIn(page, () => {
      const element = document.querySelector('legible-reader')!.shadowRoot!.querySelector('article')!;
      return {
        lang: element.lang,
        dir: element.dir,
        direction: getComputedStyle(element.querySelector('.content p')!).direction,
        title: element.querySelector('h1')?.textContent,
      };
    });
    expect(article).toEqual({ lang: 'ar', dir: 'rtl', direction: 'rtl', title: 'العبّارة الأخيرة' });
  });
});
