import { hostnameOf, INTRANET_SUFFIXES, isLocalHostName } from './fetch-guard';

/**
 * declarativeNetRequest rules that stop the background's own requests (no tab's) from reaching
 * private space while the browser follows a redirect the fetch guard cannot see: browsers hide a
 * redirect's Location from extensions, so the guard checks the final address and these rules
 * stop every hop before it. Plain data, so the patterns are tested without a browser; they
 * match the address as the browser writes it (lower-case host, IPv4 in dotted decimal).
 */
export type PrivateSpaceRule = {
  id: number;
  priority: number;
  action: { type: 'block' | 'allow' };
  condition: { regexFilter: string; tabIds: number[]; resourceTypes: ('xmlhttprequest' | 'other')[] };
};

/** Scheme, and any user name and password, up to the host. */
const BEFORE_HOST = '^[a-z][a-z0-9+.-]*://([^/?#@]*@)?';
/** A port, and the end of the host. */
const AFTER_HOST = '\\.?(:[0-9]+)?([/?#]|$)';

const PRIVATE_SPACE = [
  // IPv4 literals that are not public, as private-address.ts lists them.
  `(0|10|127|22[4-9]|2[3-5][0-9])\\.[0-9]+\\.[0-9]+\\.[0-9]+`,
  `(100\\.(6[4-9]|[7-9][0-9]|1[01][0-9]|12[0-7])|169\\.254|172\\.(1[6-9]|2[0-9]|3[01])|192\\.168|198\\.1[89]|192\\.0\\.0)\\.[0-9]+\\.[0-9]+`,
  // Every IPv6 literal: telling public from private needs the parsing the guard does on the final address.
  `\\[[0-9a-f:.]*\\]`,
  // One label ("intranet"), and names under the intranet suffixes.
  `[^/?#@:.\\[]+`,
  `([^/?#@:]*\\.)?(${INTRANET_SUFFIXES.map((suffix) => suffix.replaceAll('.', '\\.')).join('|')})`,
].map((host) => `${BEFORE_HOST}${host}${AFTER_HOST}`);

const BACKGROUND_REQUESTS = { tabIds: [-1], resourceTypes: ['xmlhttprequest', 'other'] } satisfies Omit<
  PrivateSpaceRule['condition'],
  'regexFilter'
>;

/**
 * The rules, ids from `firstId` on: a block for each kind of private address, and an allow above
 * them for the page's own host where that host is local (a page may use its own host, as the guard
 * allows).
 */
export function privateSpaceRules(firstId: number, pageUrl: string): PrivateSpaceRule[] {
  const rules: PrivateSpaceRule[] = PRIVATE_SPACE.map((regexFilter, index) => ({
    id: firstId + index,
    priority: 1,
    action: { type: 'block' },
    condition: { regexFilter, ...BACKGROUND_REQUESTS },
  }));
  const pageHost = hostnameOf(pageUrl);
  if (pageHost && isLocalHostName(pageHost)) {
    const host = pageHost.replace(/[.[\]]/g, (char) => `\\${char}`);
    rules.push({
      id: firstId + rules.length,
      priority: 2,
      action: { type: 'allow' },
      condition: { regexFilter: `${BEFORE_HOST}${host}${AFTER_HOST}`, ...BACKGROUND_REQUESTS },
    });
  }
  return rules;
}
