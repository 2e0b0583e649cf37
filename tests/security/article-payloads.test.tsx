/**
 * Every payload in every place a page can put it, read by the reader's own extraction and shown by
 * its own view: nothing script-capable, no handler, no address that is not the web reaches the
 * reader. (That nothing runs is shown in real browsers, with page JavaScript on, by
 * hostile-page.e2e.ts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../core/extract/extract-article';
import type { LegibleClient } from '../../components/legible-client';
import { noCaptions, renderReader, unmountReader } from '../unit/components/reader-view-fixtures';
import { settle } from '../unit/components/render-with-i18n';
import { openPage } from '../unit/core/extract/page-window';
import { findUnsafeMarkup } from './find-unsafe-markup';
import { vectors } from './hostile-markup';
import { POSITIONS } from './hostile-pages';

const PAGE_URL = 'https://news.example.org/2024/harbour-ice';
const noTranscripts: LegibleClient = { getTranscript: async () => noCaptions };

afterEach(unmountReader);

const CASES = POSITIONS.flatMap((position) =>
  vectors('window.__legiblePwned = 1').map((vector) => [position.name, vector.name, position.page(vector.html)] as const),
);

describe('hostile payloads in an article page', () => {
  it('number at least three hundred', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(300);
  });

  it.each(CASES)('in %s: %s reaches the reader as nothing that can run', async (_position, _vector, html) => {
    const page = openPage(html, PAGE_URL);
    try {
      const extracted = extractArticle(page.document);
      expect(extracted.ok).toBe(true);
      if (!extracted.ok) return;
      renderReader({ doc: extracted.article, client: noTranscripts });
      await settle();
      expect(document.body.textContent).toContain('The ice came to the inner harbour');
      expect(findUnsafeMarkup(PAGE_URL)).toEqual([]);
      // The article as Readability found it, behind the "show what was left out" switch, is sanitized too.
      const withLeftovers = extracted.article.leftOut?.withLeftoversHtml();
      if (withLeftovers) {
        const shown = document.createElement('div');
        shown.className = 'content';
        shown.innerHTML = withLeftovers;
        document.body.append(shown);
        expect(findUnsafeMarkup(PAGE_URL)).toEqual([]);
        shown.remove();
      }
    } finally {
      await page.close();
    }
  });
});
