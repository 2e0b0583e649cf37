import { fail, type Failure } from '../result';
import { ipv4Octets, ipv6Groups, isNonPublicIpv4, isNonPublicIpv6 } from './private-address';
import { parseUrl } from '../web-address';

/**
 * Suffixes of names that only a local network resolves: reserved for it (RFC 6762, RFC 8375,
 * ICANN's .internal) or never delegated because networks already use them (.corp, .home, .mail).
 */
export const INTRANET_SUFFIXES = [
  'localhost',
  'local',
  'localdomain',
  'lan',
  'home.arpa',
  'home',
  'internal',
  'intranet',
  'corp',
  'private',
  'mail',
];

/**
 * Host names an extension must not reach on a page's behalf, judged literally: an extension cannot
 * see resolved addresses, so only names that are themselves local, private or intranet-style are
 * refused. A public name that resolves to a private address is beyond what an extension can check.
 */
export function isLocalHostName(host: string): boolean {
  // A trailing dot names the same host ("localhost." is localhost), so it must not slip past.
  const name = host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (name.includes(':')) {
    const groups = ipv6Groups(name);
    // A literal the guard cannot read (a zone, say) is refused rather than guessed at.
    return groups ? isNonPublicIpv6(groups) : true;
  }
  const octets = ipv4Octets(name);
  if (octets) return isNonPublicIpv4(octets);
  // A name of one label ("intranet", "printer") is looked up in the local network's search domains.
  if (!name.includes('.')) return true;
  return INTRANET_SUFFIXES.some((suffix) => name === suffix || name.endsWith(`.${suffix}`));
}

/** How far a fetch may reach: any public host, or only the article's own site. */
export type FetchReach = 'web' | 'own-site';

/**
 * Whether the background may fetch `url` for a clip found on `pageUrl`; refusals say why. With
 * `own-site`, only the page's own site may be reached: for pages read as text, which any site
 * would otherwise yield.
 */
export function checkFetchAllowed(url: string, pageUrl: string, reach: FetchReach = 'web'): { ok: true; url: URL } | Failure<'refused'> {
  const target = parseUrl(url);
  if (!target) return fail('refused', `Not a valid address: ${url}`);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return fail('refused', `Only web addresses are fetched, not ${target.protocol}`);
  }
  if (target.username || target.password) return fail('refused', 'Addresses with credentials are not fetched');
  // An unreadable page address matches nothing, so local hosts and other sites stay refused.
  const pageHost = hostnameOf(pageUrl);
  const host = target.hostname.toLowerCase();
  // A page served from a local host may fetch from that same host (on any port).
  if (isLocalHostName(host) && pageHost !== host) return fail('refused', `${target.hostname} is a local, private or intranet address`);
  if (reach === 'own-site' && !isOwnSite(host.replace(/\.$/, ''), pageHost.replace(/\.$/, '')))
    return fail('refused', `${target.hostname} is not the article's own site`);
  return { ok: true, url: target };
}

/** The host name of `url` in lower case, or "" where it does not parse. */
export function hostnameOf(url: string): string {
  return parseUrl(url)?.hostname.toLowerCase() ?? '';
}

/**
 * Whether `host` is the page's own site: its host, a name above it, or one below it, counting a
 * page on "www." as on the name without it (so "www.example.org" reaches "podcasts.example.org").
 * Written without the public-suffix list (a quarter of a megabyte in every background start): a
 * sibling name ("podcasts.example.org" for a page on "news.example.org") is refused, and names
 * above the page's are its owner's or its registry's, never another site's a page could control.
 */
function isOwnSite(host: string, pageHost: string): boolean {
  if (!host || !pageHost) return false;
  const page = pageHost.replace(/^www\./, '');
  const within = (inner: string, outer: string) => inner === outer || inner.endsWith(`.${outer}`);
  return within(host, page) || within(pageHost, host);
}
