import { recordAudit } from "@/lib/db/audit";
import type { Db } from "@/lib/db/create-client";
import type { EditClaimInput } from "@/lib/schemas/claim";
import { loadClaim, updateClaimAtVersion } from "./claim-version";

/**
 * Edits a claim's wording or speaker. The span into the article stays where
 * it was (it still shows where the claim was made); a speaker typed by hand
 * has no span of its own.
 */
export async function editClaim(db: Db, input: EditClaimInput, actorId: string) {
  return db.$transaction(async (tx) => {
    const before = await loadClaim(tx, input.claimId);
    const speaker = input.speaker ?? null;
    const speakerChanged = speaker !== before.speaker;
    const after = await updateClaimAtVersion(tx, input.claimId, input.expectedVersion, {
      text: input.text,
      speaker,
      ...(speakerChanged ? { speakerStart: null, speakerEnd: null } : {}),
    });
    await recordAudit(tx, {
      actorId,
      entityType: "claim",
      entityId: input.claimId,
      action: "claim.update",
      before: { text: before.text, speaker: before.speaker },
      after: { text: after.text, speaker: after.speaker },
    });
    return { articleId: after.articleId, claimId: after.id };
  });
}
