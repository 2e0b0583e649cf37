import { declutter, declutterLater, type DeclutterResult } from './declutter';
import { pageScriptsOff } from './scripts-off';

export type CleanupCounts = { hiddenCount: number; salvagedCount: number };
/** The counts, and how many elements a rule picked that a guard kept visible. */
export type CleanupFigures = CleanupCounts & { keptCount: number };

/**
 * One page's clean-up over its life: the first pass, the later look for players whose script never
 * came (page scripts on), and undo. Plain DOM, so the sentinel stays a thin shell around it.
 */
export function createPageCleanup(doc: Document, options: { salvage: boolean; scriptsOff?: boolean; textHint?: boolean }) {
  const results: DeclutterResult[] = [];
  const scriptsOff = options.scriptsOff ?? pageScriptsOff(doc);
  // What the sentinel saw of the page's text holds for the first pass only.
  let textHint = options.textHint;
  let controller = new AbortController();

  return {
    scriptsOff,
    /** Hides and salvages what the page needs scripts for, as it stands now; once until undone. */
    run(): void {
      if (results.length === 0) results.push(declutter(doc, { scriptsOff, salvage: options.salvage, textHint, signal: controller.signal }));
      textHint = undefined;
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
