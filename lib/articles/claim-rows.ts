import type { ExtractedClaim } from "@/lib/claims";

/** The database row of an extracted claim (Claim model), for create and re-extraction alike. */
export function claimRow(articleId: string, c: ExtractedClaim) {
  return {
    articleId,
    text: c.text,
    start: c.start,
    end: c.end,
    speaker: c.speaker,
    speakerStart: c.speakerStart,
    speakerEnd: c.speakerEnd,
    score: c.score,
    reasons: JSON.stringify(c.reasons),
    checkworthy: c.checkworthy,
    groupKey: c.group,
    isGroupRep: c.isGroupRep,
  };
}
