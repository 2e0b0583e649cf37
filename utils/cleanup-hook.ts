import type { PageCleanup } from '../core/cleanup/page-cleanup';
import type { ArticleVerdict } from '../core/detect/is-article';

/**
 * The sentinel and the reader are content scripts of the same extension, so they share one
 * isolated world: the sentinel leaves the page's clean-up and its verdict here for the reader's
 * page panel.
 */
export type CleanupHook = {
  cleanup?: PageCleanup;
  /** The sentinel's verdict on the page. */
  verdict?: ArticleVerdict;
  /** Whether clean-up is on for the page's site, as the sentinel read it. */
  siteCleanUp?: boolean;
  /** What the sentinel does on the toolbar menu's messages, for the page panel to do the same. */
  actions?: { showHidden(): void; cleanUp(): void };
};

const HOOK_KEY = Symbol.for('legible.cleanup-hook');

type HookHolder = { [HOOK_KEY]?: CleanupHook };

export function getCleanupHook(): CleanupHook {
  return ((globalThis as HookHolder)[HOOK_KEY] ??= {});
}
