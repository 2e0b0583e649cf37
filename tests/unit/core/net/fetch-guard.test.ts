import { describe, expect, it } from 'vitest';
import { checkFetchAllowed } from '../../../../core/net/fetch-guard';
import { hostileAddressesOn } from '../../../support/hostile-addresses';

const PUBLIC_PAGE = 'https://news.example.org/2024/harbour-ice';

function reasonFor(url: string, pageUrl = PUBLIC_PAGE): string | undefined {
  const result = checkFetchAllowed(url, pageUrl);
  return result.ok ? undefined : result.reason;
}

describe('checkFetchAllowed', () => {
  it('allows an https address on a public host and returns it parsed', () => {
    const result = checkFetchAllowed('https://media.example.net/captions/clip.vtt?lang=en', PUBLIC_PAGE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.url).toBeInstanceOf(URL);
    expect(result.url.href).toBe('https://media.example.net/captions/clip.vtt?lang=en');
  });

  it('allows a plain http address on a public host', () => {
    expect(checkFetchAllowed('http://cdn.example.com/a.vtt', PUBLIC_PAGE).ok).toBe(true);
  });

  it('allows a public IPv4 literal', () => {
    expect(checkFetchAllowed('https://93.184.216.34/a.vtt', PUBLIC_PAGE).ok).toBe(true);
  });

  it('allows addresses just outside the private ranges', () => {
    for (const host of ['172.15.0.1', '172.32.0.1', '100.63.255.255', '100.128.0.1', '192.169.0.1', '169.253.0.1', '11.0.0.1']) {
      expect(checkFetchAllowed(`http://${host}/a.vtt`, PUBLIC_PAGE), host).toMatchObject({ ok: true });
    }
  });

  it('allows a public IPv6 literal', () => {
    expect(checkFetchAllowed('https://[2001:db8::1]/a.vtt', PUBLIC_PAGE).ok).toBe(true);
  });

  it.each([
    'ftp://files.example.com/a.vtt',
    'file:///etc/passwd',
    'data:text/vtt,WEBVTT',
    'javascript:alert(1)',
    'blob:https://example.com/1234',
    'ws://example.com/socket',
  ])('refuses the non-web address %s', (url) => {
    const result = checkFetchAllowed(url, PUBLIC_PAGE);
    expect(result).toMatchObject({ ok: false, reason: 'refused' });
    if (!result.ok) expect(result.detail).not.toBe('');
  });

  it('refuses an address with a user name', () => {
    expect(reasonFor('https://user@media.example.net/a.vtt')).toBe('refused');
  });

  it('refuses an address with a user name and password', () => {
    const result = checkFetchAllowed('https://user:secret@media.example.net/a.vtt', PUBLIC_PAGE);
    expect(result).toMatchObject({ ok: false, reason: 'refused' });
    if (!result.ok) expect(result.detail).toMatch(/credential/i);
  });

  it('refuses a string that is not a URL', () => {
    expect(reasonFor('not a url at all')).toBe('refused');
    expect(reasonFor('')).toBe('refused');
    expect(reasonFor('/captions/relative.vtt')).toBe('refused');
  });

  it.each([
    ['localhost', 'http://localhost/a.vtt'],
    ['upper-case localhost', 'http://LOCALHOST:8080/a.vtt'],
    ['a *.localhost name', 'http://captions.localhost/a.vtt'],
    ['localhost with a trailing dot', 'http://localhost./a.vtt'],
    ['a *.localhost name with a trailing dot', 'http://captions.localhost./a.vtt'],
    ['127.0.0.1', 'http://127.0.0.1/a.vtt'],
    ['another 127.x address', 'http://127.45.6.7:9000/a.vtt'],
    ['127.0.0.1 written as one number', 'http://2130706433/a.vtt'],
    ['127.0.0.1 written in hex', 'http://0x7f.0.0.1/a.vtt'],
    ['10.x', 'http://10.1.2.3/a.vtt'],
    ['172.16.x', 'http://172.16.0.1/a.vtt'],
    ['172.31.x', 'http://172.31.255.254/a.vtt'],
    ['192.168.x', 'https://192.168.1.1/a.vtt'],
    ['link-local 169.254.x (cloud metadata)', 'http://169.254.169.254/latest/meta-data/'],
    ['carrier-grade NAT 100.64.x', 'http://100.64.0.1/a.vtt'],
    ['the top of 100.64/10', 'http://100.127.255.255/a.vtt'],
    ['0.x', 'http://0.0.0.0/a.vtt'],
    ['IPv6 loopback', 'http://[::1]/a.vtt'],
    ['IPv6 loopback written in full', 'http://[0:0:0:0:0:0:0:1]/a.vtt'],
    ['the IPv6 unspecified address', 'http://[::]/a.vtt'],
    ['IPv6 unique local fc00::', 'http://[fc00::1]/a.vtt'],
    ['IPv6 unique local fd..', 'http://[fd12:3456:789a::1]/a.vtt'],
    ['IPv6 link-local fe80::', 'http://[fe80::1]/a.vtt'],
    ['the top of fe80::/10', 'http://[febf::1]/a.vtt'],
    ['IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]/a.vtt'],
    ['IPv4-mapped IPv6 private address', 'http://[::ffff:192.168.0.10]:8080/a.vtt'],
    ['IPv4-mapped IPv6 metadata address', 'http://[::ffff:169.254.169.254]/a.vtt'],
  ])('refuses %s when the page is not on it', (_name, url) => {
    const result = checkFetchAllowed(url, PUBLIC_PAGE);
    expect(result).toMatchObject({ ok: false, reason: 'refused' });
  });

  it('allows an IPv4-mapped IPv6 public address', () => {
    expect(checkFetchAllowed('http://[::ffff:93.184.216.34]/a.vtt', PUBLIC_PAGE).ok).toBe(true);
  });

  it('refuses a private address the page is not on', () => {
    const result = checkFetchAllowed('http://192.168.0.10/a.vtt', 'http://192.168.0.11/article');
    expect(result).toMatchObject({ ok: false, reason: 'refused' });
    if (!result.ok) expect(result.detail).toContain('192.168.0.10');
  });

  it('allows the same literal local host as the page, on another port', () => {
    const result = checkFetchAllowed('http://127.0.0.1:8082/captions/a.vtt', 'http://127.0.0.1:8081/article.html');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.url.port).toBe('8082');
  });

  it('allows localhost when the page is on localhost, ignoring case', () => {
    expect(checkFetchAllowed('http://LocalHost:3000/a.vtt', 'http://localhost:5173/').ok).toBe(true);
  });

  it('allows the same IPv6 literal as the page', () => {
    expect(checkFetchAllowed('http://[::1]:8082/a.vtt', 'http://[::1]:8081/article').ok).toBe(true);
  });

  it('compares local hosts literally, not by what they resolve to', () => {
    // 127.0.0.1 and localhost are the same machine, but the guard cannot know that.
    expect(reasonFor('http://127.0.0.1:8082/a.vtt', 'http://localhost:8081/')).toBe('refused');
    expect(reasonFor('http://127.0.0.2/a.vtt', 'http://127.0.0.1/')).toBe('refused');
  });

  it('refuses a local host when the page address cannot be read', () => {
    expect(reasonFor('http://127.0.0.1/a.vtt', 'not a page url')).toBe('refused');
  });

  it('still refuses credentials on the page’s own local host', () => {
    expect(reasonFor('http://admin:pw@127.0.0.1:8082/a.vtt', 'http://127.0.0.1:8081/')).toBe('refused');
  });

  it.each(hostileAddressesOn(8081).map(({ name, url }) => [name, url]))('refuses the hostile address: %s', (_name, url) => {
    const result = checkFetchAllowed(url, PUBLIC_PAGE);
    expect(result).toMatchObject({ ok: false, reason: 'refused' });
    if (!result.ok) expect(result.detail).not.toBe('');
  });

  it.each([
    ['a name with an intranet word inside it', 'https://corp.example.com/a.vtt'],
    ['a name that starts with localhost', 'https://localhost.example.com/a.vtt'],
    ['a .com name ending in "home"', 'https://myhome.com/a.vtt'],
    ['6to4 of a public address', 'http://[2002:5db8:d822::1]/a.vtt'],
    ['NAT64 of a public address', 'http://[64:ff9b::5db8:d822]/a.vtt'],
    ['a global IPv6 address', 'http://[2a00:1450:4001:80e::200e]/a.vtt'],
    ['198.17.x, below the benchmarking networks', 'http://198.17.0.1/a.vtt'],
    ['192.0.1.x, beside the protocol assignments', 'http://192.0.1.1/a.vtt'],
  ])('allows %s', (_name, url) => {
    expect(checkFetchAllowed(url, PUBLIC_PAGE)).toMatchObject({ ok: true });
  });

  it("allows an intranet page's own host, and only that host", () => {
    expect(checkFetchAllowed('http://wiki.corp/captions/a.vtt', 'http://wiki.corp/2024/ice').ok).toBe(true);
    expect(checkFetchAllowed('http://intranet:8082/a.vtt', 'http://intranet/news').ok).toBe(true);
    expect(reasonFor('http://hr.corp/a.vtt', 'http://wiki.corp/2024/ice')).toBe('refused');
  });

  describe("with the reach of the article's own site", () => {
    const ownSite = (url: string, page = 'https://www.example.org/2024/ice') => checkFetchAllowed(url, page, 'own-site').ok;

    it('reaches the page’s host, names below it, and the names below the one a www. page stands for', () => {
      expect(ownSite('https://www.example.org/transcripts/ice')).toBe(true);
      expect(ownSite('https://podcasts.example.org/ice/transcript')).toBe(true);
      expect(ownSite('https://example.org/ice/transcript')).toBe(true);
      expect(ownSite('https://a.b.example.org/t', 'https://b.example.org/ice')).toBe(true);
    });

    it('reaches a name above the page’s', () => {
      expect(ownSite('https://example.org/t', 'https://news.example.org/ice')).toBe(true);
    });

    it('refuses other sites, look-alikes and siblings', () => {
      expect(ownSite('https://player.vimeo.com/account')).toBe(false);
      expect(ownSite('https://evilexample.org/t')).toBe(false);
      expect(ownSite('https://www.example.org.evil.example/t')).toBe(false);
      expect(ownSite('https://podcasts.example.org/t', 'https://news.example.org/ice')).toBe(false);
      expect(ownSite('https://b.github.io/t', 'https://a.github.io/post')).toBe(false);
      expect(ownSite('https://www.example.org/t', 'not a page')).toBe(false);
    });
  });
});
