import { useEffect, useState } from 'preact/hooks';

/** The longest the date waits for an idle moment. */
const DATE_TIMEOUT_MS = 500;

/**
 * The article's date in the reader's words ("26 November 2026"), filled in at the first idle
 * moment after the article shows: a renderer's first `toLocaleDateString` loads its locale data,
 * which costs tens of milliseconds that the article text should not wait for.
 */
export function usePublishedDate(iso: string | undefined, lang: string | undefined): string | undefined {
  const [formatted, setFormatted] = useState<string | undefined>(undefined);
  useEffect(() => {
    const format = () => setFormatted(formatDate(iso, lang));
    // Both browsers have idle callbacks; the unit tests' DOM does not.
    if (typeof requestIdleCallback !== 'function') return void format();
    const idle = requestIdleCallback(format, { timeout: DATE_TIMEOUT_MS });
    return () => cancelIdleCallback(idle);
  }, [iso, lang]);
  return formatted;
}

/** Whether there is a date to show: a cheap test, before the costly formatting, so its line can be kept for it. */
export function isReadableDate(iso: string | undefined): iso is string {
  return iso !== undefined && iso !== '' && !Number.isNaN(new Date(iso).getTime());
}

export function formatDate(iso: string | undefined, lang: string | undefined): string | undefined {
  if (!isReadableDate(iso)) return undefined;
  const date = new Date(iso);
  try {
    return date.toLocaleDateString(lang, { year: 'numeric', month: 'long', day: 'numeric' });
  } catch {
    return date.toISOString().slice(0, 10);
  }
}
