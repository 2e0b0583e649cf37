import type { PageControls } from '../../components/PagePanel';
import { detectArticle } from '../../core/detect/is-article';
import type { SiteSettings } from '../../core/settings/site-settings';
import { getCleanupHook } from '../../utils/cleanup-hook';
import { updateSiteSettings } from '../../utils/site-settings';

/**
 * The page panel's view of the page behind the reader: the sentinel's verdict and the clean-up's
 * counts (they share this isolated world), undo, and the site's switches in storage.
 */
export function pageControls(site: SiteSettings): PageControls {
  const hook = getCleanupHook();
  // The reader may open before the sentinel has looked at the page (the toggle arrives first).
  const verdict = hook.verdict ?? detectArticle(document);
  return {
    facts: {
      isArticle: verdict.isArticle,
      reason: verdict.reason,
      ...(hook.cleanup?.counts() ?? { hiddenCount: 0, salvagedCount: 0 }),
      siteCleanUp: hook.siteCleanUp ?? true,
      siteShowLeftOut: site.showLeftOut,
    },
    showHidden: () => hook.actions?.showHidden(),
    setSiteShowLeftOut: (on) => updateSiteSettings(location.hostname, { showLeftOut: on }),
    async setSiteCleanUp(on) {
      await updateSiteSettings(location.hostname, { cleanUp: on });
      hook.siteCleanUp = on;
      if (on) hook.actions?.cleanUp();
      else hook.actions?.showHidden();
    },
  };
}
