/** Why a page is or is not an article; each is a message in `_locales`, shown to the user. */
export type ArticleReason = (typeof REASON_LIST)[number];

const REASON_LIST = [
  'whyOgType',
  'whyJsonLd',
  'whyArticleBody',
  'whyLongArticle',
  'whyRunningText',
  'whyAppShell',
  'whyForm',
  'whyListing',
  'whySearch',
  'whyTooLittleText',
] as const;

export const ARTICLE_REASONS: ReadonlySet<ArticleReason> = new Set(REASON_LIST);
