import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIn } from '../../tools/browser-driver';
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
        tableScrolls: getComputedStyle(table).overflowX === 'auto' && table.scrollWidth > table.clientWidth && table.clientWidth <= content.clientWidth,
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

  it('sets a right-to-left article right to left, in its language', async () => {
    const page = await openReaderOn('rtl-article.html');
    const article = await evaluateIn(page, () => {
      const element = document.querySelector('legible-reader')!.shadowRoot!.querySelector('article')!;
      return { lang: element.lang, dir: element.dir, direction: getComputedStyle(element.querySelector('.content p')!).direction, title: element.querySelector('h1')?.textContent };
    });
    expect(article).toEqual({ lang: 'ar', dir: 'rtl', direction: 'rtl', title: 'العبّارة الأخيرة' });
  });
});
