import type { ArticleReason } from '../../core/detect/article-reasons';
import { browser } from '../../utils/browser';
import { translate } from '../../utils/i18n';

/** A short mark on the toolbar button: this page can be read in Legible. */
const ARTICLE_BADGE = 'Aa';
const BADGE_COLOR = '#0b57a4';

/** Shows on the tab's toolbar button whether the page is an article, and what was hidden. */
export async function showPageState(
  tabId: number,
  state: { isArticle: boolean; reason: ArticleReason; hiddenCount: number; salvagedCount: number },
): Promise<void> {
  const lines = [
    state.isArticle ? translate('actionTitleArticle') : translate('actionTitleNotArticle'),
    translate(state.reason),
    ...(state.hiddenCount > 0 ? [translate('actionTitleHidden', state.hiddenCount)] : []),
    ...(state.salvagedCount > 0 ? [translate('actionTitleSalvaged', state.salvagedCount)] : []),
  ];
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: state.isArticle ? ARTICLE_BADGE : '' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
    browser.action.setTitle({ tabId, title: lines.join('\n') }),
  ]);
}
