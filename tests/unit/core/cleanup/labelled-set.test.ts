import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HIDDEN_ATTRIBUTE } from '../../../../core/cleanup/cleanup-steps';
import { cleanupJudged } from './judged';
import { SALVAGED_ATTRIBUTE } from '../../../../core/cleanup/salvage-images';
import { detectArticle } from '../../../../core/detect/is-article';
import { describeElement, parseFixture } from '../load-fixture';

// The labelled set: pages written for Legible, each element a rule must hide marked
// data-expect="hide", each it must leave alone "keep", each image it must load "salvage", and
// the page's kind in <meta name="legible-expect" content="article|not-article">.
const SET_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/labelled');
const PAGES = readdirSync(SET_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

type Outcome = { page: string; truePositives: number; falsePositives: string[]; falseNegatives: string[] };

/** Runs detection and clean-up on one page as the sentinel does with page scripts off. */
function score(page: string): Outcome & { expectedArticle: boolean; isArticle: boolean } {
  const doc = parseFixture('labelled', page);
  const expectedArticle = doc.querySelector('meta[name="legible-expect"]')?.getAttribute('content') === 'article';
  const { isArticle } = detectArticle(doc);
  if (isArticle) cleanupJudged(doc, { scriptsOff: true, salvage: true });
  const outcome: Outcome = { page, truePositives: 0, falsePositives: [], falseNegatives: [] };
  const check = (attribute: string, label: string) => {
    for (const element of Array.from(doc.querySelectorAll(`[${attribute}]`))) {
      if (element.getAttribute('data-expect') === label) outcome.truePositives++;
      else outcome.falsePositives.push(`${label}: ${describeElement(element)}`);
    }
    for (const element of Array.from(doc.querySelectorAll(`[data-expect="${label}"]`))) {
      if (!element.hasAttribute(attribute)) outcome.falseNegatives.push(`${label}: ${describeElement(element)}`);
    }
  };
  check(HIDDEN_ATTRIBUTE, 'hide');
  check(SALVAGED_ATTRIBUTE, 'salvage');
  for (const keep of Array.from(doc.querySelectorAll('[data-expect="keep"]'))) {
    if (keep.closest(`[${HIDDEN_ATTRIBUTE}]`)) outcome.falsePositives.push(`keep, inside a hidden element: ${describeElement(keep)}`);
  }
  return { ...outcome, expectedArticle, isArticle };
}

const outcomes = PAGES.map(score);

describe('the labelled page set', () => {
  it('has at least 40 pages in the twelve languages', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(40);
    const languages = new Set(PAGES.map((page) => parseFixture('labelled', page).documentElement.lang.slice(0, 2)));
    expect([...languages].sort()).toEqual(expect.arrayContaining(['da', 'de', 'en', 'es', 'fi', 'fr', 'it', 'nl', 'no', 'pl', 'pt', 'sv']));
  });

  it.each(outcomes.map((o) => [o.page, o] as const))('tells whether %s is an article', (_page, outcome) => {
    expect(outcome.isArticle).toBe(outcome.expectedArticle);
  });

  it('hides and salvages with precision at least 0.99 and recall at least 0.95', () => {
    const truePositives = outcomes.reduce((sum, o) => sum + o.truePositives, 0);
    const falsePositives = outcomes.flatMap((o) => o.falsePositives.map((what) => `${o.page}: ${what}`));
    const falseNegatives = outcomes.flatMap((o) => o.falseNegatives.map((what) => `${o.page}: ${what}`));
    const precision = truePositives / (truePositives + falsePositives.length);
    const recall = truePositives / (truePositives + falseNegatives.length);
    expect(truePositives).toBeGreaterThanOrEqual(60);
    expect({ precision: precision >= 0.99, falsePositives }).toEqual({ precision: true, falsePositives: expect.any(Array) });
    expect({ recall: recall >= 0.95, falseNegatives }).toEqual({ recall: true, falseNegatives: expect.any(Array) });
  });
});
