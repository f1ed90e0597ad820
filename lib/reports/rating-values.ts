export interface ScaleRating {
  id: string;
  position: number;
  offScale: boolean;
}

/**
 * Numeric rating values as ClaimReview wants them: 1 = worst, n = best.
 * Positions run best-first, so the value is the reverse rank among the
 * on-scale ratings. Off-scale ratings (Unverifiable) get no value.
 */
export function ratingValues(ratings: readonly ScaleRating[]): Map<string, number> {
  const onScale = ratings.filter((r) => !r.offScale).sort((a, b) => a.position - b.position);
  return new Map(onScale.map((r, i) => [r.id, onScale.length - i]));
}
