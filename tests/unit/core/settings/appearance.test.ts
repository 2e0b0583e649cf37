import { describe, expect, it } from 'vitest';
import { APPEARANCE_RANGES, stepAppearance, validAppearanceField } from '../../../../core/settings/appearance';

describe('stepAppearance', () => {
  it('moves by whole steps without float noise', () => {
    expect(stepAppearance(1.2, APPEARANCE_RANGES.lineHeight, 1)).toBe(1.3);
    expect(stepAppearance(0.06, APPEARANCE_RANGES.letterSpacing, -1)).toBe(0.04);
    expect(stepAppearance(20, APPEARANCE_RANGES.fontSize, 3)).toBe(26);
  });

  it('stops at the ends of the range', () => {
    expect(stepAppearance(40, APPEARANCE_RANGES.fontSize, 1)).toBe(40);
    expect(stepAppearance(14, APPEARANCE_RANGES.fontSize, -1)).toBe(14);
    expect(stepAppearance(0.1, APPEARANCE_RANGES.letterSpacing, -10)).toBe(0);
  });
});

describe('validAppearanceField', () => {
  it('gives nothing for a value of the wrong kind or out of range', () => {
    expect(validAppearanceField('theme', 'Dark')).toBeUndefined();
    expect(validAppearanceField('font', 3)).toBeUndefined();
    expect(validAppearanceField('fontSize', Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(validAppearanceField('wordSpacing', 0.51)).toBeUndefined();
  });

  it('gives a good value back', () => {
    expect(validAppearanceField('theme', 'sepia')).toBe('sepia');
    expect(validAppearanceField('contentWidth', 24)).toBe(24);
  });
});
