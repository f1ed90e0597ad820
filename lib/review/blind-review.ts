import { independentPair, type ReviewedVerdict } from "./agreement";

export interface BlindState {
  /** the viewer must not see the claim's verdicts yet */
  hideVerdict: boolean;
  /** the two independent verdicts differ */
  disagreement: boolean;
}

/**
 * What a viewer may see of a claim under blind second review: nothing of the
 * others' verdicts until they have proposed their own, except an approver
 * once both independent verdicts are in (they settle disagreements).
 */
export function blindState(
  blind: boolean,
  reviews: readonly ReviewedVerdict[],
  viewer: { id: string; canApprove: boolean },
): BlindState {
  const pair = independentPair(reviews);
  const disagreement = pair !== null && pair[0] !== pair[1];
  if (!blind) return { hideVerdict: false, disagreement };
  const reviewedByViewer = reviews.some((r) => r.authorId === viewer.id);
  const hideVerdict = reviews.length > 0 && !reviewedByViewer && !(viewer.canApprove && pair !== null);
  return { hideVerdict, disagreement: hideVerdict ? false : disagreement };
}

/** The claims as a viewer may see them: hidden verdicts removed, blind state attached. */
export function applyBlindReview<C extends { verdict: unknown; reviews: ReviewedVerdict[] }>(
  claims: readonly C[],
  blind: boolean,
  viewer: { id: string; canApprove: boolean },
): (C & { blind: BlindState })[] {
  return claims.map((c) => {
    const state = blindState(blind, c.reviews, viewer);
    return { ...c, verdict: state.hideVerdict ? null : c.verdict, blind: state };
  });
}
