import type { PageControls } from '../../components/PagePanel';
import { detectArticle } from '../../core/detect/is-article';
import { siteSettingsKey } from '../../core/settings/site-settings';
import { browser } from '../../utils/browser';
import { getCleanupHook } from '../../utils/cleanup-hook';

/**
 * The page panel's view of the page behind the reader: the sentinel's verdict and the clean-up's
 * counts (they share this isolated world), undo, and the site's clean-up switch in storage.
 */
export function pageControls(): PageControls {
  const hook = getCleanupHook();
  // The reader may open before the sentinel has looked at the page (the toggle arrives first).
  const verdict = hook.verdict ?? detectArticle(document);
  const report = () => hook.onDone?.();
  return {
    facts: {
      isArticle: verdict.isArticle,
      reason: verdict.reason,
      ...(hook.cleanup?.counts() ?? { hiddenCount: 0, salvagedCount: 0 }),
      siteCleanUp: hook.siteCleanUp ?? true,
    },
    showHidden() {
      hook.cleanup?.undo();
      report();
    },
    async setSiteCleanUp(on) {
      await browser.storage.sync.set({ [siteSettingsKey(location.hostname)]: { cleanUp: on } });
      hook.siteCleanUp = on;
      if (on) hook.cleanup?.run();
      else hook.cleanup?.undo();
      report();
    },
  };
}
