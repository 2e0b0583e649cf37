import type { Translate } from '../components/i18n';
import { browser } from './browser';

/** The browser's `_locales` lookup, falling back to the key so a missing string is visible. */
export const translate: Translate = (key, ...substitutions) =>
  browser.i18n.getMessage(key, substitutions.map(String)) || key;
