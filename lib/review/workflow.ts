import type { ClaimStatus } from "@/lib/schemas/claim-status";

/**
 * Status moves a person may make by hand (bulk status, queue). The others
 * happen as side effects: a first source moves new → in review, a proposed
 * verdict → awaiting approval, an approval → published (two-person rule).
 * A published claim only changes through a new verdict.
 */
const manual: Record<ClaimStatus, readonly ClaimStatus[]> = {
  new: ["in_review", "dismissed"],
  in_review: ["new", "dismissed"],
  awaiting_approval: ["in_review", "dismissed"],
  published: [],
  dismissed: ["in_review"],
};

export function canMoveByHand(from: string, to: ClaimStatus): boolean {
  return (manual[from as ClaimStatus] ?? []).includes(to);
}
