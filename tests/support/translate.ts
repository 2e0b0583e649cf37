import type { MessageKey, Translate } from '../../components/i18n';
import messages from '../../public/_locales/en/messages.json';

type MessageEntry = { message: string; placeholders?: Record<string, { content: string }> };

const CATALOGUE: Record<string, MessageEntry> = messages;

/**
 * Fills in one message of the English catalogue as `browser.i18n.getMessage` does: each
 * `$NAME$` becomes its placeholder's content, then `$1`, `$2`… become the substitutions.
 * Returns undefined for a key the catalogue lacks.
 */
export function lookUpMessage(key: string, substitutions: readonly (string | number)[] = []): string | undefined {
  const entry = CATALOGUE[key];
  if (!entry) return undefined;
  const placeholders = entry.placeholders ?? {};
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = placeholders[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : whole;
  });
}

/**
 * The `Translate` the components get in tests: the real English strings, so tests read what a
 * user reads. A key missing from the catalogue throws, so a typo'd computed key cannot pass.
 */
export const translate: Translate = (key: MessageKey, ...substitutions) => {
  const text = lookUpMessage(key, substitutions);
  if (text === undefined) throw new Error(`No English message for "${key}"`);
  return text;
};
