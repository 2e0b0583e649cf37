import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIn } from '../../tools/browser-driver';
import { openReaderPanel, shownReaderPanel } from '../../tools/reader-panels';
import { readReader } from '../../tools/reader-probe';
import { axeViolations } from './support/axe';
import { BROWSERS, openHarness, waitForReader, waitForTranscripts, type Harness } from './support/harness';

describe.each(BROWSERS)('the reader with page JavaScript on in %s', (browserName) => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await openHarness(browserName, { pageJavaScript: true });
    page = await harness.browser.openPage(`${harness.site.articleOrigin}/article.html`);
    await harness.browser.toggleReader(page);
    await waitForReader(page);
    await waitForTranscripts(page);
  });
  afterAll(() => harness?.close());

  it('opens on the toggle message with the transcript', async () => {
    const reader = await readReader(page);
    expect(reader.title).toBe("The night ferry's last captain");
    expect(reader.transcriptLines).toBe(13);
  });

  it('reads the captions of a clip that stands only in a <noscript>, which the page keeps as text', async () => {
    const other = await harness.browser.openPage(`${harness.site.articleOrigin}/noscript-clip.html`);
    try {
      await harness.browser.toggleReader(other);
      await waitForReader(other);
      await waitForTranscripts(other);
      const reader = await readReader(other);
      expect(reader.title).toMatch(/^The harbour pilot's night/);
      expect(reader.cards).toEqual([
        { title: expect.stringContaining('On the bridge with the pilot'), status: expect.any(String), lines: 7 },
      ]);
    } finally {
      await other.close();
    }
  });

  it.each(['closed', 'open'])('has no accessibility violations inside <legible-reader> (axe-core), page panel %s', async (panel) => {
    if (panel === 'open') {
      const id = await openReaderPanel(page, 'This page');
      expect(await shownReaderPanel(page)).toBe(id);
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each([
    ['markup-faults.html', ['note 1', 'photos.example.org/2024/cranes/arrival', 'The crews at the quay']],
    ['rtl-markup-faults.html', ['note 1', 'photos.example.org/2024/cranes/arrival', 'الطواقم على الرصيف']],
  ])(
    "mends the page's own markup faults on %s: links with no name, roles that do not belong (axe-core finds none inside the reader)",
    async (path, linkNames) => {
      const faulty = await harness.browser.openPage(`${harness.site.articleOrigin}/${path}`);
      try {
        await harness.browser.toggleReader(faulty);
        await waitForReader(faulty);
        expect(await axeViolations(faulty)).toEqual([]);
        const names = await evaluateIn(faulty, () =>
          Array.from(document.querySelector('legible-reader')!.shadowRoot!.querySelectorAll('.content a[aria-label]'), (link) =>
            link.getAttribute('aria-label'),
          ),
        );
        expect(names).toEqual(linkNames);
      } finally {
        await faulty.close();
      }
    },
  );
});
