import { hideLateDeadPlayers, findNoticeLines, hideDeadParts, hideNotices, type CleanupResult } from './cleanup-steps';
import { textHasNoticeHint, type NoticeLine } from './notice-lines';
import { pageScriptsOff } from './scripts-off';

export type CleanupCounts = { hiddenCount: number; salvagedCount: number };
/** The counts, and how many elements a rule picked that a guard kept visible. */
export type CleanupFigures = CleanupCounts & { keptCount: number };

/** Lines of the page that may be notices, waiting for the judge's answer (notice-judge.ts). */
export type PendingNotices = {
  lines: NoticeLine[];
  /** The page's declared language, which picks the table's rows. */
  pageLang: string;
  /** Hides the notices the judge found: for each line, the index of its layer to hide, or -1. */
  finish(noticeLayers: readonly number[]): void;
};

/** Lets the page have the main thread between two steps of the first pass (the sentinel waits for an idle moment). */
export type Pause = () => Promise<void>;

/**
 * One page's clean-up over its life: the first pass, the notices once judged, the later look for
 * players whose script never came (page scripts on), and undo. Plain DOM, so the sentinel stays a
 * thin shell around it.
 */
export function createPageCleanup(doc: Document, options: { salvage: boolean; scriptsOff?: boolean }) {
  const results: CleanupResult[] = [];
  const scriptsOff = options.scriptsOff ?? pageScriptsOff(doc);
  let controller = new AbortController();

  // The first pass in steps, each a task of its own where the caller pauses between them: on a
  // large page, the rules, the read of the page's text and the notice lines are milliseconds each.
  function* firstPass(): Generator<void, PendingNotices | undefined> {
    if (results.length > 0) return undefined;
    const { signal } = controller;
    const step = { scriptsOff, salvage: options.salvage, signal };
    results.push(hideDeadParts(doc, step));
    if (scriptsOff) yield;
    // Without a mention of JavaScript as a notice would make it, no line is read.
    const textHint = !!doc.body && !signal.aborted && textHasNoticeHint(doc.body, scriptsOff);
    if (!textHint) return undefined;
    yield;
    const noticeLines = findNoticeLines(doc, { ...step, textHint });
    if (noticeLines.lines.length === 0 || signal.aborted) return undefined;
    return {
      lines: noticeLines.lines,
      pageLang: doc.documentElement.lang,
      finish(noticeLayers) {
        if (signal.aborted) return;
        results.push(hideNotices(noticeLines, noticeLayers, results, signal));
      },
    };
  }

  return {
    scriptsOff,
    /**
     * Hides and salvages what the page needs scripts for, as it stands now; once until undone.
     * Returns the lines that may be notices, where there are any.
     */
    run(): PendingNotices | undefined {
      const steps = firstPass();
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
      }
    },
    /** `run`, pausing between its steps. */
    async runPaced(pause: Pause): Promise<PendingNotices | undefined> {
      const steps = firstPass();
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
        await pause();
      }
    },
    /** The later look for players whose script never came; with page scripts off the first pass saw everything. */
    runLater(): void {
      if (!scriptsOff) results.push(hideLateDeadPlayers(doc, controller.signal));
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
