import type { PageCleanup } from '../core/declutter/page-cleanup';

/**
 * The sentinel and the clean-up bundle share one isolated world (as the reader does): the
 * sentinel leaves what it wants here before asking the background to inject the bundle, and the
 * bundle leaves the page's clean-up here for later passes and undo.
 */
export type CleanupHook = {
  /** What the next injection should do. */
  request?: { salvage: boolean; pass: 'first' | 'later' };
  cleanup?: PageCleanup;
  /** Called after each pass, so the sentinel reports the new counts. */
  onDone?: () => void;
};

const HOOK_KEY = Symbol.for('legible.cleanup-hook');

type HookHolder = { [HOOK_KEY]?: CleanupHook };

export function getCleanupHook(): CleanupHook {
  return ((globalThis as HookHolder)[HOOK_KEY] ??= {});
}
