import { STORY_NAME } from '../story-markup';
import type { LeftoverRule } from './rule';

/**
 * The end of a word inside a class or id name: the name ends, or a BEM element follows
 * ("tags__item"). Not a `-`: WordPress marks a post's own container "category-news tag-ice".
 */
const END = '(?=$|\\s|_)';

/**
 * Class and id words that name a page's furniture, not its story, across the CMSs of the world:
 * share and follow buttons, related and recommended stories, newsletter and membership boxes,
 * comments, author boxes, tag and category lists, cookie notices, advertising, "most read",
 * bylines and datelines, picture credits, ratings. A word counts where a class or id name starts
 * with it, or has it after a `-` or `_` ("post-tags", "mvp-author-box"); `END` marks words that
 * must also end there ("ads", not "address").
 */
const FURNITURE = [
  // Sharing and following.
  `share${END}`,
  'share-?(?:buttons?|bar|links?|tools?|box|icons?|this|menu|widget|container|wrap)',
  'sharing',
  'sharedaddy',
  'shariff',
  'addtoany',
  'social',
  'sociable',
  'follow-?us',
  // Other stories.
  'related',
  'similar',
  'recommend',
  'more-?(?:from|stories|articles|news)',
  'also-?read',
  'read-?also',
  'see-?also',
  'next-?(?:post|story|article)s?',
  'nextstory',
  'prev-?next',
  'post-?nav',
  'nav-?links',
  '(?:article|post|news)-?teaser',
  'teaser-?(?:list|box|row|grid|wrapper|item|container|block)',
  `teaser${END}`,
  'popular',
  'trending',
  'most-?(?:read|viewed|popular)',
  'top-?stories',
  'meistgelesen',
  // Newsletters, memberships, walls.
  'newsletter',
  'subscri(?:be|ption)',
  'sign-?up',
  'opt-?in',
  'mailchimp',
  'mc4wp',
  'membership',
  'donat(?:e|ion)',
  'login',
  'register',
  // Comments.
  `comments?${END}`,
  'comment-?(?:list|form|area|respond|count|s-)',
  'commentlist',
  'disqus',
  `respond${END}`,
  'akismet',
  // About the author, and when.
  'author-?(?:box|bio|info|description|details|wrap|avatar|profile|card)',
  'about-?(?:the-?)?author',
  'saboxplugin',
  'abh_',
  'post-?author',
  'entry-?author',
  'byline',
  'dateline',
  `meta${END}`,
  '(?:post|entry|article)-?meta',
  'postmetadata',
  'meta-?info',
  'entry-?utility',
  '(?:entry|post|article)-?footer',
  'timestamp',
  `date${END}`,
  '(?:publish|post|entry)-?date',
  'reading-?time',
  'read-?time',
  // Tags and categories.
  'breadcrumb',
  `tags${END}`,
  'tag-?(?:list|cloud|links)',
  'tagcloud',
  '(?:post|entry)-?tags',
  `keywords${END}`,
  'cat-?links',
  `categor(?:y|ies)${END}`,
  'taxonomy',
  // Consent and advertising.
  'cookie',
  'consent',
  'gdpr',
  'advert',
  'affiliate',
  'disclosure',
  `ads?${END}`,
  'ads?-?(?:container|wrapper|slot|box|unit|banner|block)',
  'adsense',
  'sponsor',
  `promo${END}`,
  'promo-?(?:box|banner|block|teaser|bar|code|container)',
  'promotion',
  'anzeige',
  'werbung',
  'outbrain',
  'taboola',
  'plista',
  // Around the text.
  'sidebar',
  'widget-?area',
  'pagination',
  'pager',
  'credit',
  'copyright',
  'rating',
  'reactions',
  'feedback',
  'was-?this-?helpful',
];

/** Matched against lower-cased names: a pattern without the `i` flag compiles several times faster on each page. */
const FURNITURE_NAME = new RegExp(`(?:^|[\\s_-])(?:${FURNITURE.join('|')})`);

/**
 * Whether an element's id is made from its heading's words ("related-work", "shared-history"), as
 * documentation and Markdown tools make section ids: it names the section, not furniture.
 */
function isHeadingSlug(element: Element): boolean {
  const heading = element.id && element.querySelector('h1, h2, h3, h4, h5, h6');
  if (!heading) return false;
  const words = new Set((heading.textContent ?? '').toLowerCase().split(/[^a-z0-9\u00c0-\u024f]+/));
  return element.id
    .toLowerCase()
    .split(/[-_]+/)
    .every((word) => words.has(word));
}

/**
 * An element's class and id names, less the modifiers that say what a box has or shows, not what
 * it is ("has-sidebar", "no-share", "with-comments"), and an id made from a heading.
 */
function namesOf(element: Element): string {
  const classes = (element.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((name) => !/^(?:has|with|no|is|show|hide|enable|disable)[-_]/i.test(name));
  return `${classes.join(' ')} ${isHeadingSlug(element) ? '' : element.id}`.toLowerCase();
}

/** Whether an element's class or id names it as the page's furniture, not its story. */
export function isNamedFurniture(element: Element): boolean {
  const names = namesOf(element);
  // A name that says "this is the story" wins over a furniture word beside it.
  return FURNITURE_NAME.test(names) && !STORY_NAME.test(names);
}

export const namedNotArticle: LeftoverRule = {
  name: 'named-not-article',
  // All blocks named with one word go together, or stay together: a live blog whose entries are
  // "live-comment" keeps them all.
  group: (element) => FURNITURE_NAME.exec(namesOf(element))?.[0].replace(/^[\s_-]/, '') ?? '',
  find: (content) => Array.from(content.querySelectorAll('[class], [id]')).filter(isNamedFurniture),
};
