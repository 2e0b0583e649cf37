/** `value` as an absolute address against `baseUrl`; undefined where there is none or it does not parse. */
export function absoluteUrl(value: string | null | undefined, baseUrl: string): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    return new URL(value.trim(), baseUrl).href;
  } catch {
    return undefined;
  }
}
