/**
 * `value` read as an address, against `base` where it is relative; undefined where it is none.
 * Pages and servers write anything in an href or a Location: callers skip what does not parse.
 */
export function parseUrl(value: string | null | undefined, base?: string | URL): URL | undefined {
  if (value === null || value === undefined) return undefined;
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/** `value` as an absolute address against `baseUrl`; undefined where there is none or it does not parse. */
export function absoluteUrl(value: string | null | undefined, baseUrl: string): string | undefined {
  return value?.trim() ? parseUrl(value.trim(), baseUrl)?.href : undefined;
}

/**
 * Whether `value` is an absolute http(s) address, read as a browser reads it: the only kind the
 * reader links to or loads from what a page or a server said.
 */
export function isWebAddress(value: string | undefined): value is string {
  const protocol = parseUrl(value)?.protocol;
  return protocol === 'http:' || protocol === 'https:';
}
