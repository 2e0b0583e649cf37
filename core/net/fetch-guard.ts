import { fail, type Failure } from '../result';

/**
 * Host names an extension must not reach on a page's behalf, judged literally: an extension cannot
 * see resolved addresses, so only names that are themselves local or private are refused.
 */
function isLocalHostName(host: string): boolean {
  // A trailing dot names the same host ("localhost." is localhost), so it must not slip past.
  const name = host.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (name.includes(':')) return isLocalIpv6(name);
  return isLocalIpv4(name);
}

function isLocalIpv4(name: string): boolean {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(name);
  if (!match) return false;
  const [a, b] = [Number(match[1]), Number(match[2])];
  return (
    a === 0 || // "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168)
  );
}

function isLocalIpv6(name: string): boolean {
  if (name === '::' || name === '::1') return true;
  // IPv4-mapped (::ffff:a.b.c.d, which URL writes as ::ffff:XXXX:XXXX) hides a v4 address.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(name);
  if (mapped) {
    const high = parseInt(mapped[1]!, 16);
    const low = parseInt(mapped[2]!, 16);
    return isLocalIpv4(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  const first = parseInt(name.split(':')[0] || '0', 16);
  return (first & 0xfe00) === 0xfc00 /* unique local */ || (first & 0xffc0) === 0xfe80 /* link-local */;
}

/** Whether the background may fetch `url` for a clip found on `pageUrl`; refusals say why. */
export function checkFetchAllowed(url: string, pageUrl: string): { ok: true; url: URL } | Failure<'refused'> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return fail('refused', `Not a valid address: ${url}`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return fail('refused', `Only web addresses are fetched, not ${target.protocol}`);
  }
  if (target.username || target.password) return fail('refused', 'Addresses with credentials are not fetched');
  if (isLocalHostName(target.hostname)) {
    let pageHost = '';
    try {
      pageHost = new URL(pageUrl).hostname;
    } catch {
      // An unreadable page address matches nothing, so the local host stays refused.
    }
    // A page served from a local host may fetch from that same host (on any port).
    if (pageHost.toLowerCase() !== target.hostname.toLowerCase()) {
      return fail('refused', `${target.hostname} is a local or private address`);
    }
  }
  return { ok: true, url: target };
}
