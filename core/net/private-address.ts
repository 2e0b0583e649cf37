/**
 * Whether an IP literal, as the URL parser writes a host (IPv4 in dotted decimal whatever its
 * spelling in the page: "2130706433", "0x7f.1" and "127.1" all arrive as "127.0.0.1"; IPv6 in
 * lower-case hex, compressed), names a place that is not the public internet.
 */

/** IPv4 ranges that are not public: [first octet, second octet low, second octet high]. */
const NON_PUBLIC_V4: readonly (readonly [number, number, number])[] = [
  [0, 0, 255], // "this network"; 0.0.0.0 reaches the machine itself
  [10, 0, 255],
  [100, 64, 127], // carrier-grade NAT
  [127, 0, 255],
  [169, 254, 254], // link-local, cloud metadata at 169.254.169.254
  [172, 16, 31],
  [192, 168, 168],
  [198, 18, 19], // benchmarking networks, used inside labs
];

/** Dotted-decimal IPv4, or undefined for anything else. */
export function ipv4Octets(name: string): number[] | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(name);
  if (!match) return undefined;
  const octets = match.slice(1).map(Number);
  return octets.every((octet) => octet <= 255) ? octets : undefined;
}

export function isNonPublicIpv4(octets: readonly number[]): boolean {
  const [a = 0, b = 0, c = 0] = octets;
  if (a >= 224) return true; // multicast, reserved, broadcast
  if (a === 192 && b === 0 && c === 0) return true; // protocol assignments
  return NON_PUBLIC_V4.some(([first, low, high]) => a === first && b >= low && b <= high);
}

/** The eight 16-bit groups of an IPv6 literal (brackets removed), or undefined if it is none. */
export function ipv6Groups(name: string): number[] | undefined {
  if (!/^[0-9a-f:]+$/.test(name)) return undefined;
  const halves = name.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return groups.every((group) => Number.isInteger(group) && group <= 0xffff) ? groups : undefined;
}

export function isNonPublicIpv6(groups: readonly number[]): boolean {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  const embedded = [g6 >> 8, g6 & 255, g7 >> 8, g7 & 255];
  const zeroTo = (end: number) => groups.slice(0, end).every((group) => group === 0);
  // Addresses that carry an IPv4 address in their last 32 bits reach it: judge that address.
  if (zeroTo(5) && (g5 === 0 || g5 === 0xffff)) return g5 === 0 && g6 === 0 && g7 <= 1 ? true : isNonPublicIpv4(embedded); // ::, ::1, compatible, mapped
  if (zeroTo(4) && g4 === 0xffff && g5 === 0) return isNonPublicIpv4(embedded); // translated
  if (g0 === 0x64 && g1 === 0xff9b) return g2 !== 0 || isNonPublicIpv4(embedded); // NAT64; the /48 local-use prefix is private
  // 6to4 carries its IPv4 address in the second and third groups.
  if (g0 === 0x2002) return isNonPublicIpv4([g1 >> 8, g1 & 255, g2 >> 8, g2 & 255]);
  return (
    (g0 & 0xfe00) === 0xfc00 || // unique local
    (g0 & 0xffc0) === 0xfe80 || // link-local
    (g0 & 0xffc0) === 0xfec0 || // site-local, deprecated but still routed inside some networks
    (g0 & 0xff00) === 0xff00 || // multicast
    (g0 === 0x100 && g1 === 0 && g2 === 0 && g3 === 0) // discard
  );
}
