import { browser } from './browser';

/** Session rule ids for these rules; far from any other rule Legible might add. */
let nextRuleId = 10_000;

/**
 * Runs `request` as a player embedded in `pageOrigin` would send it: Referer (the origin and a
 * slash, as browsers send across sites) and Origin set on the extension's own requests to
 * `url`'s address (not the tabs'), by a declarativeNetRequest session rule that lasts as long as
 * the request. The transcript service sends one request per host at a time, so one rule serves
 * one request.
 */
export async function asEmbeddedInRule<T>(url: string, pageOrigin: string, request: () => Promise<T>): Promise<T> {
  const id = nextRuleId++;
  const target = new URL(url);
  const added = await browser.declarativeNetRequest
    .updateSessionRules({
      addRules: [
        {
          id,
          priority: 1,
          action: {
            type: 'modifyHeaders',
            requestHeaders: [
              { header: 'referer', operation: 'set', value: `${pageOrigin}/` },
              { header: 'origin', operation: 'set', value: pageOrigin },
            ],
          },
          // Only requests no tab made: the background's own.
          condition: { urlFilter: `|${target.origin}${target.pathname}`, resourceTypes: ['xmlhttprequest', 'other'], tabIds: [-1] },
        },
      ],
    })
    .then(() => true)
    // Without the rule the request still goes, as it would from a browser without the API.
    .catch(() => false);
  try {
    return await request();
  } finally {
    if (added) await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: [id] }).catch(() => undefined);
  }
}
