import { enclosingBox, leafBlocks, textOf } from './blocks';
import { callPatterns } from './cta-phrases';
import type { LeftoverRule } from './rule';

/** Longer than this, a block is a paragraph that may mention subscribing, not a call to. */
const MAX_CALL_CHARS = 250;
/** Labels ("Advertisement", "Share:") are a word or three. */
const MAX_LABEL_CHARS = 60;

/**
 * Calls to subscribe, follow, share, comment, support or get the app, consent and rights lines,
 * and the labels that stand over ads and share buttons, with the small box each stands in.
 */
export const callsToAction: LeftoverRule = {
  name: 'calls-to-action',
  find(content, { lang }) {
    const { sentence, label } = callPatterns(lang);
    return leafBlocks(content).flatMap((block) => {
      const text = textOf(block).toLowerCase();
      const isCall = (text.length <= MAX_LABEL_CHARS && label.test(text)) || (text.length <= MAX_CALL_CHARS && sentence.test(text));
      return isCall ? [enclosingBox(block, content)] : [];
    });
  },
};
