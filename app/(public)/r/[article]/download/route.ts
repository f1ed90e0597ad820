import { db } from "@/lib/db/client";
import { jsonError } from "@/lib/http/json-error";
import { reportDownload } from "@/lib/reports/report-response";

export const dynamic = "force-dynamic";

/** GET /r/[article]/download?format=…[&claim=id | &claims=…] → the published report only, no sign-in. */
export async function GET(req: Request, ctx: { params: Promise<{ article: string }> }) {
  try {
    return await reportDownload(db, (await ctx.params).article, new URL(req.url).searchParams, "public");
  } catch (error) {
    return jsonError(error);
  }
}
