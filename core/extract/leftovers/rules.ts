import { callsToAction } from './calls-to-action';
import { emptyWrappers } from './empty-wrappers';
import { imageCredits } from './image-credits';
import { linkLists } from './link-lists';
import { markedNotArticle } from './marked-not-article';
import { namedNotArticle } from './named-not-article';
import type { LeftoverRule } from './rule';
import { teasers } from './teasers';
import { titleBylineDate } from './title-byline-date';

/** The second pass's rule families, in the order they run. */
export const LEFTOVER_RULES: readonly LeftoverRule[] = [
  markedNotArticle,
  namedNotArticle,
  titleBylineDate,
  imageCredits,
  callsToAction,
  linkLists,
  teasers,
  emptyWrappers,
];
