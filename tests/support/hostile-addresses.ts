/**
 * Clip addresses a hostile public page might hand Legible to reach what the page itself cannot:
 * the machine, its network, an intranet, the extension. Each must be refused before any request
 * is sent. `PORT` stands for a test server's port, so addresses that do reach this machine would
 * show up in its request log if the guard let them through.
 */
export type HostileAddress = { name: string; url: string };

const PORT = '{port}';

function named(pairs: readonly (readonly [string, string])[]): HostileAddress[] {
  return pairs.map(([name, url]) => ({ name, url }));
}

/** The machine itself, in every spelling the URL parser accepts. */
const LOOPBACK = named([
  ['127.0.0.1', `http://127.0.0.1:${PORT}/a.vtt`],
  ['127.0.0.1 with a trailing dot', `http://127.0.0.1.:${PORT}/a.vtt`],
  ['127.0.0.1 as one decimal number', `http://2130706433:${PORT}/a.vtt`],
  ['127.0.0.1 as one hex number', `http://0x7f000001:${PORT}/a.vtt`],
  ['127.0.0.1 as one octal number', `http://017700000001:${PORT}/a.vtt`],
  ['127.0.0.1 in octal parts', `http://0177.0.0.1:${PORT}/a.vtt`],
  ['127.0.0.1 in hex parts', `http://0x7f.0x0.0x0.0x1:${PORT}/a.vtt`],
  ['127.0.0.1 as 0x7f.1', `http://0x7f.1:${PORT}/a.vtt`],
  ['127.0.0.1 as 127.1', `http://127.1:${PORT}/a.vtt`],
  ['127.0.0.1 as 127.0.1', `http://127.0.1:${PORT}/a.vtt`],
  ['127.0.0.1 with zero-padded parts', `http://127.000.000.001:${PORT}/a.vtt`],
  ['127.0.0.1 percent-encoded', `http://%31%32%37.0.0.1:${PORT}/a.vtt`],
  ['127.0.0.1 in full-width digits', `http://１２７.０.０.１:${PORT}/a.vtt`],
  ['127.0.0.1 with ideographic full stops', `http://127。0。0。1:${PORT}/a.vtt`],
  ['another 127/8 address', `http://127.45.6.7:${PORT}/a.vtt`],
  ['0.0.0.0', `http://0.0.0.0:${PORT}/a.vtt`],
  ['0.0.0.0 as 0', `http://0:${PORT}/a.vtt`],
  ['localhost', `http://localhost:${PORT}/a.vtt`],
  ['LOCALHOST with a trailing dot', `http://LOCALHOST.:${PORT}/a.vtt`],
  ['localhost with an encoded trailing dot', `http://localhost%2e:${PORT}/a.vtt`],
  ['localhost in enclosed letters', `http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ:${PORT}/a.vtt`],
  ['a name under localhost', `http://captions.localhost:${PORT}/a.vtt`],
  ['IPv6 loopback', `http://[::1]:${PORT}/a.vtt`],
  ['IPv6 loopback in full', `http://[0:0:0:0:0:0:0:1]:${PORT}/a.vtt`],
  ['the IPv6 unspecified address', `http://[::]:${PORT}/a.vtt`],
  ['IPv4-mapped IPv6 loopback, dotted', `http://[::ffff:127.0.0.1]:${PORT}/a.vtt`],
  ['IPv4-mapped IPv6 loopback, hex', `http://[::ffff:7f00:1]:${PORT}/a.vtt`],
  ['IPv4-compatible IPv6 loopback', `http://[::127.0.0.1]:${PORT}/a.vtt`],
  ['IPv4-translated IPv6 loopback', `http://[::ffff:0:127.0.0.1]:${PORT}/a.vtt`],
  ['NAT64 IPv6 loopback', `http://[64:ff9b::127.0.0.1]:${PORT}/a.vtt`],
  ['6to4 IPv6 loopback', `http://[2002:7f00:1::1]:${PORT}/a.vtt`],
]);

/** The local network and the cloud's metadata service. */
const PRIVATE = named([
  ['10/8', 'http://10.0.0.1/a.vtt'],
  ['172.16/12', 'http://172.20.1.1/a.vtt'],
  ['192.168/16', 'https://192.168.1.1/admin'],
  ['carrier-grade NAT', 'http://100.100.100.200/latest/meta-data/'],
  ['link-local metadata', 'http://169.254.169.254/latest/meta-data/'],
  ['link-local metadata as one number', 'http://2852039166/latest/meta-data/'],
  ['link-local metadata in hex parts', 'http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/'],
  ['link-local metadata in octal parts', 'http://0251.0376.0251.0376/latest/meta-data/'],
  ['IPv4-mapped metadata, hex', 'http://[::ffff:a9fe:a9fe]/latest/meta-data/'],
  ['6to4 of a private address', 'http://[2002:c0a8:101::1]/a.vtt'],
  ['IPv6 unique local', 'http://[fd00:ec2::254]/latest/meta-data/'],
  ['IPv6 link-local', 'http://[fe80::1]/a.vtt'],
  ['IPv6 site-local', 'http://[fec0::1]/a.vtt'],
  ['IPv6 multicast', 'http://[ff02::1]/a.vtt'],
  ['IPv4 multicast', 'http://239.255.255.250:1900/description.xml'],
  ['IPv4 broadcast', 'http://255.255.255.255/a.vtt'],
  ['benchmarking network', 'http://198.18.0.1/a.vtt'],
  ['an IPv6 literal with a zone', 'http://[fe80::1%25eth0]/a.vtt'],
]);

/** Names only an intranet resolves. */
const INTRANET = named([
  ['a single-label host', 'http://intranet/a.vtt'],
  ['a single-label host with a trailing dot', 'http://wiki./a.vtt'],
  ['a .local name', 'http://printer.local/a.vtt'],
  ['a .localdomain name', 'http://nas.localdomain/a.vtt'],
  ['a .lan name', 'http://router.lan/a.vtt'],
  ['a .home.arpa name', 'http://camera.home.arpa/a.vtt'],
  ['a .home name', 'http://router.home/a.vtt'],
  ['an .internal name', 'http://metadata.google.internal/computeMetadata/v1/'],
  ['an .internal name with a trailing dot', 'http://metadata.google.internal./computeMetadata/v1/'],
  ['an .intranet name', 'http://hr.intranet/a.vtt'],
  ['a .corp name', 'http://wiki.corp/a.vtt'],
  ['a .private name', 'http://files.private/a.vtt'],
]);

/** Not the web, or the web with someone's credentials. */
const NOT_WEB = named([
  ['a file', 'file:///etc/passwd'],
  ['javascript:', 'javascript:alert(document.domain)'],
  ['data:', 'data:text/vtt,WEBVTT%0A%0A00:00.000 --> 00:01.000%0A<img src=x onerror=alert(1)>'],
  ['blob:', 'blob:https://news.example.org/0b4f'],
  ['ftp', 'ftp://files.example.com/a.vtt'],
  ['a websocket', 'wss://media.example.net/socket'],
  ["Chrome's extension pages", 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/reader.html'],
  ["Firefox's extension pages", 'moz-extension://0b4f3c2e-1111-4a4a-9999-abcdefabcdef/options.html'],
  ['a browser page', 'about:config'],
  ['view-source', 'view-source:https://media.example.net/a.vtt'],
  ['credentials on a public host', 'https://admin:hunter2@media.example.net/a.vtt'],
  ['a user name on a public host', 'https://token@media.example.net/a.vtt'],
]);

export const HOSTILE_ADDRESSES: readonly HostileAddress[] = [...LOOPBACK, ...PRIVATE, ...INTRANET, ...NOT_WEB];

/** The addresses with a server's port in place of the placeholder. */
export function hostileAddressesOn(port: number): HostileAddress[] {
  return HOSTILE_ADDRESSES.map(({ name, url }) => ({ name, url: url.replace(PORT, String(port)) }));
}
