import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageKey, Translate } from '../../components/i18n';
import { pluralTranslate } from '../../components/plural-translate';
import messages from '../../public/_locales/en/messages.json';

type MessageEntry = { message: string; placeholders?: Record<string, { content: string }> };
type Catalogue = Record<string, MessageEntry>;

const ENGLISH: Catalogue = messages;

/** One locale's catalogue as the extension ships it (`public/_locales/<locale>/messages.json`). */
export function readCatalogue(locale: string): Catalogue {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales', locale, 'messages.json'), 'utf8')) as Catalogue;
}

/**
 * Fills in one message of a catalogue as `browser.i18n.getMessage` does: each `$NAME$` becomes
 * its placeholder's content, then `$1`, `$2`… become the substitutions. Returns undefined for a
 * key the catalogue lacks.
 */
export function lookUpMessage(
  key: string,
  substitutions: readonly (string | number)[] = [],
  catalogue: Catalogue = ENGLISH,
): string | undefined {
  const entry = catalogue[key];
  if (!entry) return undefined;
  const placeholders = entry.placeholders ?? {};
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = placeholders[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : whole;
  });
}

/** What the extension's `translate` is in a browser showing `locale`, over that locale's catalogue. */
export function translateIn(locale: string, catalogue: Catalogue = readCatalogue(locale)): Translate {
  return pluralTranslate(
    (key, substitutions) => lookUpMessage(key, substitutions, catalogue) ?? '',
    catalogue.messagesLocale?.message ?? locale,
  );
}

const english = translateIn('en', ENGLISH);

/**
 * The `Translate` the components get in tests: the real English strings, so tests read what a
 * user reads. A key missing from the catalogue throws, so a typo'd computed key cannot pass.
 */
export const translate: Translate = (key: MessageKey, ...substitutions) => {
  if (!(key in ENGLISH)) throw new Error(`No English message for "${key}"`);
  return english(key, ...substitutions);
};
