import { db } from "@/lib/db/client";
import { jsonError } from "@/lib/http/json-error";
import { requireSignedIn } from "@/lib/http/require-actor";
import { reportDownload } from "@/lib/reports/report-response";

export const dynamic = "force-dynamic";

/**
 * GET /api/articles/[id]/report?format=html|pdf|md|json|csv|claimreview
 * [&claim=id | &claims=id1,id2][&audience=desk|public] → the report as a download.
 */
export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    await requireSignedIn(); // the desk report holds unpublished verdicts
    return await reportDownload(db, (await ctx.params).id, new URL(req.url).searchParams);
  } catch (error) {
    return jsonError(error);
  }
}
