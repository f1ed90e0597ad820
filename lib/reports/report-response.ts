import type { Db } from "@/lib/db/create-client";
import { DomainError, notFound } from "@/lib/errors";
import { entityIdParam } from "@/lib/http/params";
import { reportQuerySchema } from "@/lib/schemas/route-params";
import { buildReport } from "./build-report";
import type { ReportAudience } from "./report-model";
import { renderReport, reportFileName } from "./render-report";

/**
 * The report download behind both report endpoints: parse the query, build
 * the model, render the format, answer with a file. `forceAudience` is how
 * the public endpoint refuses drafts whatever the query says. Throws
 * DomainError (→ 400/404 JSON through jsonError).
 */
export async function reportDownload(
  db: Db,
  rawArticleId: string,
  searchParams: URLSearchParams,
  forceAudience?: ReportAudience,
): Promise<Response> {
  const articleId = entityIdParam(rawArticleId, "Article");
  const query = reportQuerySchema.safeParse(Object.fromEntries(searchParams));
  if (!query.success) throw new DomainError("invalid", query.error.issues[0]?.message ?? "Invalid query");
  const { format, claimIds } = query.data;
  const audience = forceAudience ?? query.data.audience;
  const model = await buildReport(db, { articleId, claimIds, audience });
  if (!model) throw notFound("Article");
  if (claimIds && model.claims.length === 0) throw notFound(claimIds.length === 1 ? "Claim" : "Claims");
  if (audience === "public" && model.claims.length === 0) throw notFound("Published report");
  const rendered = await renderReport(model, format);
  const headers = new Headers({
    "Content-Type": rendered.contentType,
    "Content-Disposition": `attachment; filename="${reportFileName(model, rendered.extension, claimIds)}"`,
    "Cache-Control": audience === "public" ? "public, max-age=60" : "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  if (rendered.warnings.length) headers.set("X-Claimdesk-Warnings", String(rendered.warnings.length));
  return new Response(rendered.body, { headers });
}
