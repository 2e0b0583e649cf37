import type { RedirectFence } from '../core/net/guarded-fetch';
import { privateSpaceRules } from '../core/net/private-space-rules';
import { browser } from './browser';

/** Session rule ids for fences; far from the embedder-header rules' (10,000 on). */
let nextRuleId = 20_000;

/**
 * Keeps the background's own requests out of private space while the browser follows a redirect,
 * with declarativeNetRequest session rules that last as long as the request. Where the rules cannot
 * be added, the request still goes, and the guard's check of the final address is what holds.
 */
export const fenceRedirects: RedirectFence = async (pageUrl, follow) => {
  const rules = privateSpaceRules(nextRuleId, pageUrl);
  nextRuleId += rules.length;
  const added = await browser.declarativeNetRequest
    .updateSessionRules({ addRules: rules })
    .then(() => true)
    .catch(() => false);
  try {
    return await follow();
  } finally {
    if (added)
      await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: rules.map((rule) => rule.id) }).catch(() => undefined);
  }
};
