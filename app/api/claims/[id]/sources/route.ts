import { mutationRoute, withParams } from "@/lib/http/mutation-route";
import { addSourceMutation } from "@/lib/review/mutations";

/** POST /api/claims/[id]/sources { url, title, publisher?, excerpt?, stance, archiveUrl? } → 201 { sourceId } */
export const POST = mutationRoute(addSourceMutation, (body, { id }: { id: string }) => withParams(body, { claimId: id }));
