import { describe, expect, it } from 'vitest';
import { addUp, figuresOf, scorePage, shareOfWordsKept } from '../../../bench/extraction/score';

describe('scorePage', () => {
  const labels = { with: ['The river rose\n  two metres', 'Boats stayed in'], without: ['Subscribe to our newsletter', 'Share this'] };

  it('finds snippets with their runs of whitespace collapsed on both sides', () => {
    const score = scorePage('The  river rose two\tmetres overnight. Share this', labels);
    expect(score.missed).toEqual(['Boats stayed in']);
    expect(score.leaked).toEqual(['Share this']);
    expect([score.tp, score.fn, score.fp, score.tn]).toEqual([1, 1, 1, 1]);
  });

  it('scores an extractor that showed nothing as missing every article snippet and leaking none', () => {
    const score = scorePage('', labels);
    expect([score.tp, score.fn, score.fp, score.tn]).toEqual([0, 2, 0, 2]);
  });

  it('is case-sensitive, as the set is scored', () => {
    expect(scorePage('SHARE THIS', labels).leaked).toEqual([]);
  });
});

describe('figuresOf', () => {
  it('gives precision, recall, F1 and accuracy from the totals of every page', () => {
    const totals = addUp([
      { tp: 3, fn: 1, fp: 1, tn: 2 },
      { tp: 5, fn: 1, fp: 1, tn: 6 },
    ]);
    expect(totals).toEqual({ tp: 8, fn: 2, fp: 2, tn: 8 });
    const f = figuresOf(totals);
    expect(f.precision).toBeCloseTo(0.8);
    expect(f.recall).toBeCloseTo(0.8);
    expect(f.f1).toBeCloseTo(0.8);
    expect(f.accuracy).toBeCloseTo(0.8);
  });

  it('gives zeros, not NaN, where nothing was found', () => {
    expect(figuresOf({ tp: 0, fn: 3, fp: 0, tn: 3 })).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 0.5 });
  });
});

describe('shareOfWordsKept', () => {
  it('counts each expected word as often as both texts have it, whatever else is shown', () => {
    expect(shareOfWordsKept('the cat and the dog', 'Menu. The cat saw a dog.')).toBeCloseTo(3 / 5);
  });

  it('ignores case and punctuation', () => {
    expect(shareOfWordsKept('Über-Fluss, rivers!', 'über fluss RIVERS')).toBe(1);
  });

  it('reads words in any script', () => {
    expect(shareOfWordsKept('ذهب الولد إلى المدرسة', 'ذهب الولد')).toBeCloseTo(0.5);
  });
});
