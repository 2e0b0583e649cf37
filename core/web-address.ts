/**
 * Whether `value` is an absolute http(s) address, read as a browser reads it: the only kind the
 * reader links to or loads from what a page or a server said.
 */
export function isWebAddress(value: string | undefined): value is string {
  if (!value) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
