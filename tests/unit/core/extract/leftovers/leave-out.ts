import { leaveOutLeftovers } from '../../../../../core/extract/leftovers/second-pass';
import type { ArticleFacts, LeftoverRule } from '../../../../../core/extract/leftovers/rule';

export const PAGE_URL = 'https://courier.example/2024/02/ferry-ice.html';
export const TITLE = 'The ferry that breaks its own ice';

/** Four paragraphs of running text: the story the rules must leave alone. */
export const STORY = [
  '<p>Every winter the sound between the two islands freezes for a few weeks, and every winter the old ferry keeps crossing it, breaking a lane through ice that grows thicker each night while the crew sleeps in turns below deck.</p>',
  '<p>Skipper Tove Ahlgren has made the crossing for nineteen years. She reads the ice by its colour: grey is thin and forgiving, white is old and stubborn, and the rare blue sheets mean the engine will have to work for every metre of the way.</p>',
  '<p>The municipality had planned to replace the ferry with a bridge, but the survey found the seabed too soft for pillars, and the money went instead into a new hull, reinforced at the bow, that arrived by barge in November.</p>',
  '<p>Passengers say they no longer notice the noise of the ice against the hull. Children on the morning run count the cracks, and the grocer on the far island says deliveries have not been late once since the new hull arrived.</p>',
].join('\n');

export function normalized(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Runs the second pass with `rules` over an article body holding `html`, and says what a reader
 * would still see, and which blocks were left out (their text).
 */
export function leaveOut(
  html: string,
  rules: readonly LeftoverRule[],
  facts: Partial<ArticleFacts> = {},
): { text: string; leftOut: string[]; rules: string[] } {
  const doc = new DOMParser().parseFromString(`<body><div id="readability-page-1" class="page">${html}</div></body>`, 'text/html');
  const content = doc.body.firstElementChild!;
  const leftOut = leaveOutLeftovers(content, { url: PAGE_URL, baseUrl: PAGE_URL, title: TITLE, ...facts }, rules);
  return {
    text: normalized(content.textContent),
    leftOut: leftOut.map(({ block }) => normalized(block.textContent)),
    rules: leftOut.map(({ rule }) => rule),
  };
}

/** The text of the story paragraphs, as `leaveOut` reports text. */
export function storyText(): string {
  return normalized(new DOMParser().parseFromString(STORY, 'text/html').body.textContent);
}
