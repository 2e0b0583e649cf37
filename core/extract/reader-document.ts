import type { MediaRef } from '../media/types';

/** What the reader shows: the article, its metadata, and the clips it had, in order. */
export type ReaderDocument = {
  title: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** Sanitized article HTML; each clip stands in it as `<figure data-legible-media="<id>">`. */
  contentHtml: string;
  /**
   * What the second pass left out of the article (related stories, calls to action, credits…):
   * how many blocks, and the article with them, as Readability found it (sanitized when first
   * asked for: most readers never ask). Absent where it left out nothing.
   */
  leftOut?: { count: number; withLeftoversHtml(): string };
  readingMinutes: number;
  media: MediaRef[];
  url: string;
};

/** The attribute that marks a clip's place in the article. */
export const MEDIA_SLOT_ATTRIBUTE = 'data-legible-media';
