import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type messages from '../public/_locales/en/messages.json';

/** Every key of `_locales/en/messages.json`; a typo fails to compile. */
export type MessageKey = keyof typeof messages;

/** Looks up a localized string; substitutions fill `$1`, `$2`… in order. */
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export const I18nContext = createContext<Translate>((key) => key);

export function useTranslate(): Translate {
  return useContext(I18nContext);
}
