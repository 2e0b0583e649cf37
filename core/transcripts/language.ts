/** The primary subtag, lower-cased: "sv-SE" → "sv". */
export function primaryLanguage(tag: string | undefined): string | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary || undefined;
}

/**
 * Orders candidates by how well their language fits the wanted ones (earlier wanted first), then
 * keeps the original order, which puts a page's default track ahead of the rest.
 */
export function rankByLanguage<T>(
  candidates: readonly T[],
  wanted: readonly (string | undefined)[],
  langOf: (c: T) => string | undefined,
): T[] {
  const wantedPrimaries = wanted.map(primaryLanguage).filter((l): l is string => Boolean(l));
  const score = (c: T): number => {
    const index = wantedPrimaries.indexOf(primaryLanguage(langOf(c)) ?? '');
    return index === -1 ? wantedPrimaries.length : index;
  };
  return candidates
    .map((candidate, order) => ({ candidate, order, score: score(candidate) }))
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .map((entry) => entry.candidate);
}

/** As rankByLanguage, with every track a machine wrote (speech recognition) after those people wrote. */
export function rankWrittenFirst<T>(
  candidates: readonly T[],
  wanted: readonly (string | undefined)[],
  langOf: (c: T) => string | undefined,
  isGenerated: (c: T) => boolean,
): T[] {
  return [
    ...rankByLanguage(
      candidates.filter((c) => !isGenerated(c)),
      wanted,
      langOf,
    ),
    ...rankByLanguage(candidates.filter(isGenerated), wanted, langOf),
  ];
}
