/** What the second pass knows of the article besides its body. */
export type ArticleFacts = {
  /** The page's address and the base its links were resolved against, to tell links within it from links elsewhere. */
  url: string;
  baseUrl: string;
  title: string;
  byline?: string;
  publishedTime?: string;
  siteName?: string;
  lang?: string;
};

/**
 * A family of leftovers: finds the blocks of the article's body that are the page's, not the
 * story's. Rules only find; the pass decides, so one guard protects the article from every rule.
 */
export type LeftoverRule = {
  name: string;
  /** `emptied` holds the boxes the rules before took a block out of, and the boxes around them. */
  find(content: Element, facts: ArticleFacts, emptied: ReadonlySet<Element>): Element[];
  /**
   * Blocks of one group are left out together or not at all (a rule's reason for each block,
   * say). Without it, each block stands alone.
   */
  group?(block: Element): string;
  /**
   * Where all the rule names would take this share of the article's text or more, it names nothing:
   * what it looks for is then what the story is made of.
   */
  maxTextShare?: number;
  /** Whether a part of a block (a credit within a caption) is left out as found, not only whole blocks. */
  inline?: boolean;
};
