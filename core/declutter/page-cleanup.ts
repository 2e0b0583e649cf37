import { declutter, declutterLater, hideNotices, type DeclutterResult } from './declutter';
import type { NoticeLine } from './notice-lines';
import { pageScriptsOff } from './scripts-off';

export type CleanupCounts = { hiddenCount: number; salvagedCount: number };
/** The counts, and how many elements a rule picked that a guard kept visible. */
export type CleanupFigures = CleanupCounts & { keptCount: number };

/** Lines of the page that may be notices, waiting for the judge's answer (notice-judge.ts). */
export type PendingNotices = {
  lines: NoticeLine[];
  /** The page's declared language, which picks the table's rows. */
  pageLang: string;
  /** Hides the notices the judge found: for each line, the index of its link to hide, or -1. */
  finish(blocks: readonly number[]): void;
};

/**
 * One page's clean-up over its life: the first pass, the notices once judged, the later look for
 * players whose script never came (page scripts on), and undo. Plain DOM, so the sentinel stays a
 * thin shell around it.
 */
export function createPageCleanup(doc: Document, options: { salvage: boolean; scriptsOff?: boolean; textHint?: boolean }) {
  const results: DeclutterResult[] = [];
  const scriptsOff = options.scriptsOff ?? pageScriptsOff(doc);
  // What the sentinel saw of the page's text holds for the first pass only.
  let textHint = options.textHint;
  let controller = new AbortController();

  return {
    scriptsOff,
    /**
     * Hides and salvages what the page needs scripts for, as it stands now; once until undone.
     * Returns the lines that may be notices, where there are any.
     */
    run(): PendingNotices | undefined {
      if (results.length > 0) return undefined;
      const { signal } = controller;
      const { noticeLines, ...first } = declutter(doc, { scriptsOff, salvage: options.salvage, textHint, signal });
      results.push(first);
      textHint = undefined;
      if (noticeLines.lines.length === 0) return undefined;
      return {
        lines: noticeLines.lines,
        pageLang: doc.documentElement.lang,
        finish(blocks) {
          if (signal.aborted) return;
          results.push(hideNotices(noticeLines, blocks, results, signal));
        },
      };
    },
    /** The later look for players whose script never came; with page scripts off the first pass saw everything. */
    runLater(): void {
      if (!scriptsOff) results.push(declutterLater(doc, controller.signal));
    },
    /** Shows everything hidden and puts back every salvaged image. */
    undo(): void {
      controller.abort();
      controller = new AbortController();
      results.length = 0;
    },
    counts(): CleanupCounts {
      return {
        hiddenCount: results.reduce((sum, r) => sum + r.hidden.length, 0),
        salvagedCount: results.reduce((sum, r) => sum + r.salvaged.length, 0),
      };
    },
    figures(): CleanupFigures {
      return { ...this.counts(), keptCount: results.reduce((sum, r) => sum + r.kept.length, 0) };
    },
  };
}

export type PageCleanup = ReturnType<typeof createPageCleanup>;
