import {
  findNoticeLines,
  hideDeadParts,
  hideNotices,
  type CleanupOptions,
  type CleanupResult,
} from '../../../../core/cleanup/cleanup-steps';
import { judgeNoticeLines } from '../../../../core/cleanup/notice-judge';
import { collectNoticeLines, pickNotices } from '../../../../core/cleanup/notice-lines';
import type { PageCleanup } from '../../../../core/cleanup/page-cleanup';

// The page's half and the background's half of finding notices, put together as the sentinel and
// the background do over a message, for tests that look at the outcome.

/** The notices in `root`, judged against the phrase table in the page's language. */
export function findJsNotices(root: Element, scriptsOff: boolean): Element[] {
  const lines = collectNoticeLines(root, scriptsOff);
  return pickNotices(lines, judgeNoticeLines(lines.lines, root.ownerDocument.documentElement.lang));
}

/** The whole clean-up of a page, notices included. */
export function cleanupJudged(doc: Document, options: CleanupOptions): CleanupResult {
  const first = hideDeadParts(doc, options);
  const noticeLines = findNoticeLines(doc, options);
  const notices = hideNotices(noticeLines, judgeNoticeLines(noticeLines.lines, doc.documentElement.lang), [first], options.signal);
  return {
    hidden: [...first.hidden, ...notices.hidden],
    salvaged: first.salvaged,
    kept: [...first.kept, ...notices.kept],
    undo: () => (first.undo(), notices.undo()),
  };
}

/** A page clean-up's first pass with its notices judged at once. */
export function runJudged(cleanup: PageCleanup): void {
  const pending = cleanup.run();
  pending?.finish(judgeNoticeLines(pending.lines, pending.pageLang));
}
