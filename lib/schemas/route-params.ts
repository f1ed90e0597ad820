import { z } from "zod";
import { reportFormats } from "@/lib/reports/formats";
import { entityId } from "./fields";

/**
 * /articles/[id] — an unknown or malformed id is a 404, never a crash. A
 * `?claim=` from an older link is read so it can be redirected to the
 * claim's own address.
 */
export const articlePageParams = z.object({
  id: entityId("Article"),
  claim: entityId("Claim").optional().catch(undefined),
});

/** /articles/[id]/claims/[claimId] — the workspace with one claim open. */
export const claimPageParams = z.object({
  id: entityId("Article"),
  claimId: entityId("Claim"),
});

export { reportFormats };
export const reportFormatSchema = z.enum(reportFormats, { error: `format must be one of: ${reportFormats.join(", ")}` });

/** Up to this many claims in one `claims=` selection (a URL has to stay short enough anyway). */
export const MAX_SELECTED_CLAIMS = 500;

const claimList = z
  .string()
  .transform((v) => [...new Set(v.split(",").map((id) => id.trim()).filter(Boolean))])
  .pipe(
    z
      .array(entityId("Claim"))
      .min(1, "claims must list at least one claim id")
      .max(MAX_SELECTED_CLAIMS, `claims may list at most ${MAX_SELECTED_CLAIMS} claim ids`),
  );

/**
 * `?format=…[&claim=id | &claims=id1,id2][&audience=desk|public]` on the
 * report endpoints. `claimIds` is undefined for the whole article.
 */
export const reportQuerySchema = z
  .object({
    format: reportFormatSchema,
    claim: entityId("Claim").optional(),
    claims: claimList.optional(),
    audience: z.enum(["desk", "public"], { error: "audience must be desk or public" }).default("desk"),
  })
  .refine((q) => !(q.claim && q.claims), { message: "Give either claim or claims, not both" })
  .transform(({ claim, claims, ...rest }) => ({ ...rest, claimIds: claim ? [claim] : claims }));
export type ReportQuery = z.infer<typeof reportQuerySchema>;

/** The report pages' search params: an optional selection; a bad one is ignored (whole report), never a crash. */
export const reportPageSelection = z
  .object({
    claim: entityId("Claim").optional().catch(undefined),
    claims: claimList.optional().catch(undefined),
  })
  .transform(({ claim, claims }) => (claim ? [claim] : claims));

/** /r/[article] and /r/[article]/[claim] */
export const publicReportParams = z.object({
  article: entityId("Article"),
  claim: entityId("Claim").optional(),
});
