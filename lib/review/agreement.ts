/**
 * Inter-reviewer agreement for blind second review. Pure functions.
 *
 * Each double-reviewed claim contributes one pair: the ratings of its first
 * two distinct reviewers. Cohen's kappa corrects their raw agreement for the
 * agreement expected by chance from each reviewer's own rating frequencies.
 */
export interface ReviewedVerdict {
  authorId: string | null;
  ratingKey: string;
}

/** The first two independent ratings of a claim (verdicts in time order), or null. */
export function independentPair(verdicts: readonly ReviewedVerdict[]): [string, string] | null {
  const first = verdicts.find((v) => v.authorId);
  if (!first) return null;
  const second = verdicts.find((v) => v.authorId && v.authorId !== first.authorId);
  return second ? [first.ratingKey, second.ratingKey] : null;
}

export interface Agreement {
  pairs: number;
  disagreements: number;
  /** null when there is no pair, or when chance agreement is total and kappa is undefined */
  kappa: number | null;
}

export function cohenKappa(pairs: readonly (readonly [string, string])[]): Agreement {
  const n = pairs.length;
  if (n === 0) return { pairs: 0, disagreements: 0, kappa: null };
  const agreeing = pairs.filter(([a, b]) => a === b).length;
  const firstCounts = new Map<string, number>();
  const secondCounts = new Map<string, number>();
  for (const [a, b] of pairs) {
    firstCounts.set(a, (firstCounts.get(a) ?? 0) + 1);
    secondCounts.set(b, (secondCounts.get(b) ?? 0) + 1);
  }
  const observed = agreeing / n;
  let expected = 0;
  for (const [label, count] of firstCounts) expected += (count / n) * ((secondCounts.get(label) ?? 0) / n);
  const kappa = expected === 1 ? (observed === 1 ? 1 : null) : (observed - expected) / (1 - expected);
  return { pairs: n, disagreements: n - agreeing, kappa };
}
