import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Catalogue = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

/** Right-to-left override and pop: Latin text between them is laid out right to left, as a script like Arabic would be. */
const [RLO, PDF] = ['\u202e', '\u202c'];

/**
 * A right-to-left pseudo-locale made from the English catalogue (as Chrome's "ar-XB" is): every
 * message reversed on screen, the UI's direction "rtl", Arabic's plural rules. Placeholders are
 * kept, so substitutions still land where they belong.
 */
export function rtlPseudoCatalogue(english: Catalogue): Catalogue {
  return Object.fromEntries(
    Object.entries(english).map(([key, { description: _description, ...entry }]) => {
      if (key === 'readerUiDirection') return [key, { message: 'rtl' }];
      if (key === 'messagesLocale') return [key, { message: 'ar' }];
      return [key, { ...entry, message: `${RLO}${entry.message}${PDF}` }];
    }),
  );
}

/**
 * A copy of a built extension whose catalogue for `locale` is the right-to-left pseudo-locale, to
 * open in a browser showing that locale. Returns the copy's folder.
 */
export async function extensionWithRtlPseudoLocale(extensionDir: string, locale: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'legible-rtl-'));
  await cp(extensionDir, copy, { recursive: true });
  const english = JSON.parse(await readFile(join(copy, '_locales/en/messages.json'), 'utf8')) as Catalogue;
  await writeFile(join(copy, '_locales', locale, 'messages.json'), JSON.stringify(rtlPseudoCatalogue(english)));
  return copy;
}
