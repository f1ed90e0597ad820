import { db } from "@/lib/db/client";
import { DomainError, notFound } from "@/lib/errors";
import { jsonError } from "@/lib/http/json-error";
import { entityIdParam } from "@/lib/http/params";
import { buildReport } from "@/lib/reports/build-report";
import { renderReport, reportFileName } from "@/lib/reports/render-report";
import { reportQuerySchema } from "@/lib/schemas/route-params";

export const dynamic = "force-dynamic";

/** GET /api/articles/[id]/report?format=md|json → the fact-check report as a download. */
export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const id = entityIdParam((await ctx.params).id, "Article");
    const query = reportQuerySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
    if (!query.success) throw new DomainError("invalid", query.error.issues[0]?.message ?? "Invalid query");
    const model = await buildReport(db, { articleId: id, audience: "desk" });
    if (!model) throw notFound("Article");
    const rendered = renderReport(model, query.data.format);
    return new Response(rendered.body, {
      headers: {
        "Content-Type": rendered.contentType,
        "Content-Disposition": `attachment; filename="${reportFileName(model, rendered.extension)}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return jsonError(error);
  }
}
