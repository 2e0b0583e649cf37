import { describe, expect, it } from 'vitest';
import { checkFetchAllowed } from '../../../../core/net/fetch-guard';
import { privateSpaceRules, type PrivateSpaceRule } from '../../../../core/net/private-space-rules';
import { HOSTILE_ADDRESSES } from '../../../support/hostile-addresses';

/** What the browser would do with a background request to `url` under `rules`: the highest priority wins, allow over block. */
function verdict(rules: PrivateSpaceRule[], url: string): 'block' | 'allow' | 'none' {
  // Rules see the address as the browser writes it.
  const href = new URL(url).href;
  const matching = rules.filter((rule) => new RegExp(rule.condition.regexFilter).test(href));
  if (matching.length === 0) return 'none';
  const top = Math.max(...matching.map((rule) => rule.priority));
  return matching.some((rule) => rule.priority === top && rule.action.type === 'allow') ? 'allow' : 'block';
}

const PUBLIC_PAGE = 'https://news.example.org/2024/harbour-ice';
const webAddresses = HOSTILE_ADDRESSES.map(({ name, url }) => ({ name, url: url.replace('{port}', '8081') })).filter(({ url }) => {
  try {
    return /^https?:$/.test(new URL(url).protocol) && !new URL(url).username;
  } catch {
    return false;
  }
});

describe('privateSpaceRules', () => {
  const rules = privateSpaceRules(20_000, PUBLIC_PAGE);

  it('only ever matches the background’s own requests, with ids from the first one given', () => {
    expect(rules.map((rule) => rule.id)).toEqual(rules.map((_, index) => 20_000 + index));
    for (const rule of rules) expect(rule.condition.tabIds).toEqual([-1]);
  });

  it.each(webAddresses.map(({ name, url }) => [name, url]))('blocks a hop to %s', (_name, url) => {
    expect(verdict(rules, url)).toBe('block');
  });

  it.each([
    ['a CDN host', 'https://svt-vod-1a.akamaized.net/d0/text.vtt'],
    ['a public IPv4 literal', 'http://93.184.216.34/a.vtt'],
    ['an address just outside 172.16/12', 'http://172.32.0.1/a.vtt'],
    ['an address just outside 100.64/10', 'http://100.128.0.1/a.vtt'],
    ['a name that starts with an intranet word', 'https://corp.example.com/local/a.vtt'],
    ['a name whose path holds a private address', 'https://cdn.example.com/127.0.0.1/a.vtt'],
    ['a name with a port', 'https://cdn.example.com:8443/a.vtt'],
  ])('lets a hop to %s through', (_name, url) => {
    expect(verdict(rules, url)).toBe('none');
    expect(checkFetchAllowed(url, PUBLIC_PAGE).ok).toBe(true);
  });

  it('blocks names with credentials before a private host', () => {
    expect(verdict(rules, 'http://user@intranet/a.vtt')).toBe('block');
    expect(verdict(rules, 'http://user:pw@192.168.1.1/a.vtt')).toBe('block');
  });

  it("lets a local page's own host through, on any port, and still blocks other local hosts", () => {
    const local = privateSpaceRules(20_000, 'http://127.0.0.1:8081/article.html');
    expect(verdict(local, 'http://127.0.0.1:8082/captions/a.vtt')).toBe('allow');
    expect(verdict(local, 'http://localhost:8082/captions/a.vtt')).toBe('block');
    expect(verdict(local, 'http://127.0.0.2:8082/captions/a.vtt')).toBe('block');
    expect(verdict(local, 'http://127.0.0.10:8082/captions/a.vtt')).toBe('block');
  });

  it('adds no allow rule for a public page', () => {
    expect(rules.every((rule) => rule.action.type === 'block')).toBe(true);
  });
});
