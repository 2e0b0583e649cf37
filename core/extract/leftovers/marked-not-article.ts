import type { LeftoverRule } from './rule';

/**
 * Markup that says what a block is: navigation, a complementary aside, a footer, a form, a
 * banner. A page that marks its story with `role="article"` or `itemprop="articleBody"` is not
 * second-guessed here: those never match.
 */
const NOT_ARTICLE = [
  'nav',
  'aside',
  'footer',
  'form',
  'menu',
  'dialog',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '[role="banner"]',
  '[role="search"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[role="menu"]',
  '[role="menubar"]',
  '[role="toolbar"]',
  '[aria-hidden="true"]',
  '[hidden]',
].join(', ');

export const markedNotArticle: LeftoverRule = {
  name: 'marked-not-article',
  find: (content) => Array.from(content.querySelectorAll(NOT_ARTICLE)),
};
