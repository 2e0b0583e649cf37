/** Markup that says "this is the story": schema.org's articleBody, an article, the page's main part. */
export const STORY_ELEMENTS = '[itemprop="articleBody"], article, [role="article"], main, [role="main"]';

/** Class and id names CMSs give a story's body ("entry-content", "article-body", "story-text"), lower-cased. */
export const STORY_NAME =
  /(?:^|[\s_-])(?:article-?body|article-?content|entry-?content|post-?content|post-?body|post-?entry|story-?body|story-?content|main-?content|article-?text|text-?content|body-?text|single-?content|blog-?post|news-?text|artikel-?text|haupttext)(?=$|[\s_-])/;
