/**
 * Sentences that say a page's scripts are needed. `notice` phrases are enough on their own;
 * `companion` phrases ("Learn more about browser support") only count beside a notice.
 * To add a language, add rows; each row names the fixture lines it must hit in its comment.
 */
export type NoticePhrase = { lang: string; strength: 'notice' | 'companion'; pattern: RegExp };

const JS = 'java\\s?script';
/**
 * A few words that finish a sentence ("to play video"). Latin letters only, and no `u` flag: V8
 * compiles case-insensitive Unicode classes into huge matchers, which cost milliseconds on every
 * page the sentinel runs on.
 */
const WORDS = '[a-z\\u00c0-\\u00ff ]{1,40}';

export const NOTICE_PHRASES: readonly NoticePhrase[] = [
  // "Javascript is turned off", "JavaScript is disabled in your browser"
  { lang: 'en', strength: 'notice', pattern: new RegExp(`${JS} (?:is|has been|seems to be|appears to be) (?:turned off|disabled|switched off|not enabled)(?: in (?:your|this) browser)?`, 'gi') },
  // "Javascript must be turned on to play video", "JavaScript needs to be enabled"
  { lang: 'en', strength: 'notice', pattern: new RegExp(`${JS} (?:must|needs to|has to|should) be (?:turned on|enabled|switched on|activated)(?: (?:in your browser|to ${WORDS}))?`, 'gi') },
  // "Please enable JavaScript to view the comments", "You need to enable JavaScript to run this app"
  { lang: 'en', strength: 'notice', pattern: new RegExp(`(?:please|you (?:need|have|must) to|you must) (?:enable|turn on|activate|allow) ${JS}(?: (?:in your browser|to ${WORDS}))?`, 'gi') },
  // "This site requires JavaScript", "JavaScript is required"
  { lang: 'en', strength: 'notice', pattern: new RegExp(`(?:this (?:site|page|video|content|player) requires ${JS}|${JS} is required)(?: to ${WORDS})?`, 'gi') },
  // "Learn more about browser support"
  { lang: 'en', strength: 'companion', pattern: /(?:learn|read|find out) more about (?:browser support|supported browsers|javascript)/gi },
  // "Javascript är avstängt", "Javascript måste vara påslaget för att spela video"
  { lang: 'sv', strength: 'notice', pattern: new RegExp(`${JS} är (?:avstängt|avaktiverat|inaktiverat|inte aktiverat)(?: i din webbläsare)?`, 'gi') },
  { lang: 'sv', strength: 'notice', pattern: new RegExp(`${JS} måste vara (?:påslaget|aktiverat|igång)(?: (?:i din webbläsare|för att ${WORDS}))?`, 'gi') },
  { lang: 'sv', strength: 'notice', pattern: new RegExp(`(?:aktivera|slå på) ${JS}(?: (?:i din webbläsare|för att ${WORDS}))?`, 'gi') },
  { lang: 'sv', strength: 'companion', pattern: /läs mer om (?:webbläsarstöd|stöd för webbläsare)/gi },
];

/**
 * A cheap test run on every text node before the phrases are tried. Every `notice` phrase names
 * JavaScript; companions ("browser support") are only taken in beside one, so pages that merely
 * talk about browsers cost nothing more.
 */
export const NOTICE_PREFILTER = /java\s?script/i;

/**
 * The verbs every `notice` phrase puts beside "JavaScript", as one small pattern: text that names
 * JavaScript without them (an article about programming) never pays for compiling the table.
 * Keep it in step with NOTICE_PHRASES; a test checks every phrase's sample against it.
 */
export const NOTICE_HINT = /java\s?script\s+(?:is|has|seems|appears|must|needs|should|är|måste)\b|(?:enable|turn\s+on|activate|allow|requires|aktivera|slå\s+på)\s+java\s?script/i;
