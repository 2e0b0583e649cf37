import { BLOCK_SELECTOR, proseChars, textOf } from './blocks';
import type { ArticleFacts, LeftoverRule } from './rule';

/** One block the pass left out, and the rule that named it. */
export type LeftOut = { rule: string; block: Element };

/**
 * What keeps the story safe from every rule: no block, nor group of blocks named for one reason,
 * is left out that holds this share of the article's prose or more (a theme that calls its
 * body "widget-area", a live blog of "live-comment" entries), nor a block with half its text.
 */
const MAX_PROSE_SHARE = 0.3;
const MAX_TEXT_SHARE = 0.5;
/** Nor does one rule take this share of the prose in all, block by block: it would be naming the story. */
const MAX_RULE_PROSE_SHARE = 0.5;

/**
 * Runs each rule family over the article's body in order and takes out what it names: the blocks
 * are returned, so the reader can say how many there were and show the article with them. An
 * inline element counts as its block where it is all the block's text.
 */
export function leaveOutLeftovers(content: Element, facts: ArticleFacts, rules: readonly LeftoverRule[]): LeftOut[] {
  const leftOut: LeftOut[] = [];
  // Counted once, and less what each rule takes: the counts guard every later rule.
  let prose = proseChars(content, facts);
  let textLength = textOf(content).length;
  const emptied = new Set<Element>();
  for (const rule of rules) {
    const groups = new Map<unknown, Element[]>();
    for (const found of rule.find(content, facts, emptied)) {
      const block = asBlock(found, content) ?? (rule.inline ? found : undefined);
      if (!block || block === content || textOf(block).length >= textLength * MAX_TEXT_SHARE) continue;
      const key = rule.group ? rule.group(block) : block;
      const group = groups.get(key);
      if (group) group.push(block);
      else groups.set(key, [block]);
    }
    if (rule.maxTextShare !== undefined) {
      const taken = outermostOf([...groups.values()].flat()).reduce((sum, block) => sum + textOf(block).length, 0);
      if (taken >= textLength * rule.maxTextShare) continue;
    }
    const taking = [...groups.values()].flatMap((blocks) => {
      const outermost = outermostOf(blocks);
      const groupProse = outermost.reduce((sum, block) => sum + proseChars(block, facts), 0);
      return prose > 0 && groupProse >= prose * MAX_PROSE_SHARE ? [] : [{ outermost, groupProse }];
    });
    if (prose > 0 && taking.reduce((sum, group) => sum + group.groupProse, 0) >= prose * MAX_RULE_PROSE_SHARE) continue;
    for (const { outermost } of taking) {
      for (const block of outermost) {
        if (!content.contains(block)) continue; // Already out with another group's block.
        prose -= proseChars(block, facts);
        textLength -= textOf(block).length;
        for (let box = block.parentElement; box && box !== content; box = box.parentElement) emptied.add(box);
        block.remove();
        leftOut.push({ rule: rule.name, block });
      }
    }
  }
  return leftOut;
}

/** The blocks not inside another of them. */
function outermostOf(blocks: Element[]): Element[] {
  return blocks.filter((block) => !blocks.some((other) => other !== block && other.contains(block)));
}

/** The block an element stands for: itself, or the nearest block whose text is all its own. */
function asBlock(element: Element, root: Element): Element | undefined {
  if (element.matches(BLOCK_SELECTOR)) return element;
  const text = textOf(element);
  for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (textOf(parent) !== text) return undefined;
    if (parent.matches(BLOCK_SELECTOR)) return parent;
  }
  return undefined;
}
