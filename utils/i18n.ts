import type { Translate } from '../components/i18n';
import { pluralTranslate } from '../components/plural-translate';
import { browser } from './browser';

let inBrowserLanguage: Translate | undefined;

/**
 * The browser's `_locales` lookup, falling back to the key so a missing string is visible. Plurals
 * and numbers follow the catalogue the browser picked (its `messagesLocale`), not the UI language
 * itself: a browser in Catalan reads the English catalogue, with English plurals.
 */
export const translate: Translate = (key, ...substitutions) => {
  inBrowserLanguage ??= pluralTranslate(
    (name, texts) => browser.i18n.getMessage(name, texts),
    browser.i18n.getMessage('messagesLocale') || browser.i18n.getUILanguage(),
  );
  return inBrowserLanguage(key, ...substitutions);
};
