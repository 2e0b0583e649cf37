import type { PageCleanup } from '../core/declutter/page-cleanup';
import type { ArticleVerdict } from '../core/detect/is-article';

/**
 * The sentinel and the clean-up bundle share one isolated world (as the reader does): the
 * sentinel leaves what it wants here before asking the background to inject the bundle, and the
 * bundle leaves the page's clean-up here for later passes and undo.
 */
export type CleanupHook = {
  /** What the next injection should do. */
  request?: { salvage: boolean; pass: 'first' | 'later'; scriptsOff: boolean; textHint: boolean };
  cleanup?: PageCleanup;
  /** The sentinel's verdict on the page, for the reader's page panel. */
  verdict?: ArticleVerdict;
  /** Whether clean-up is on for the page's site, as the sentinel read it. */
  siteCleanUp?: boolean;
  /** Called after each pass, so the sentinel reports the new counts. */
  onDone?: () => void;
  /**
   * What the sentinel does on the toolbar menu's messages, for the reader's page panel to do the
   * same: undo the clean-up, or clean up again (injecting the bundle where it never ran).
   */
  actions?: { showHidden(): void; cleanUp(): void };
};

const HOOK_KEY = Symbol.for('legible.cleanup-hook');

type HookHolder = { [HOOK_KEY]?: CleanupHook };

export function getCleanupHook(): CleanupHook {
  return ((globalThis as HookHolder)[HOOK_KEY] ??= {});
}
