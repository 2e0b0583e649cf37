import { useState } from 'preact/hooks';
import type { ReaderDocument } from '../core/extract/reader-document';
import { useTranslate } from './i18n';
import type { LeftOutSwitch, PageControls } from './PagePanel';

type Options = {
  article: ReaderDocument;
  page: PageControls | undefined;
  announce(said: string): void;
  announceSaveFailed(error: string): void;
};

/**
 * Whether the reader shows what its second pass left out: as the site's setting says when it
 * opens, then as the page panel's switch says, each change said aloud and kept for the site.
 */
export function useLeftOut({ article, page, announce, announceSaveFailed }: Options) {
  const t = useTranslate();
  const [shown, setShown] = useState(page?.facts.siteShowLeftOut ?? false);
  const onChange = (next: boolean) => {
    setShown(next);
    announce(t(next ? 'announceLeftOutShown' : 'announceLeftOutHidden', article.leftOut?.count ?? 0));
    page?.setSiteShowLeftOut(next).catch((error: unknown) => announceSaveFailed(String(error)));
  };
  return {
    // With the switch on, the article as Readability found it, before the second pass.
    contentHtml: shown && article.leftOut ? article.leftOut.withLeftoversHtml() : article.contentHtml,
    leftOut: article.leftOut && ({ count: article.leftOut.count, shown, onChange } satisfies LeftOutSwitch),
  };
}
