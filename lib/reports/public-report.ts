import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { buildReport } from "./build-report";
import type { ReportModel } from "./report-model";

/**
 * The published report of an article (or of one claim) for the public pages:
 * only approved verdicts of published claims. Null when there is nothing
 * published to show, so a draft-only article is a 404, not an empty page.
 * Cached per request: generateMetadata and the page share one query.
 */
export const getPublishedReport = cache(async (articleId: string, claimId?: string): Promise<ReportModel | null> => {
  const model = await buildReport(db, { articleId, claimIds: claimId ? [claimId] : undefined, audience: "public" });
  return model && model.claims.length > 0 ? model : null;
});
