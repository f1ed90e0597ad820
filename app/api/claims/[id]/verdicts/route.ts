import { mutationRoute, withParams } from "@/lib/http/mutation-route";
import { saveVerdictMutation } from "@/lib/review/mutations";

/** POST /api/claims/[id]/verdicts { ratingId, rationale, expectedVersion } → 201 { verdictId, version }, or 409 with the current verdict */
export const POST = mutationRoute(saveVerdictMutation, (body, { id }: { id: string }) => withParams(body, { claimId: id }));
