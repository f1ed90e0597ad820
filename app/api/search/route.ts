import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { jsonError } from "@/lib/http/json-error";
import { requireSignedIn } from "@/lib/http/require-actor";
import { searchClaims } from "@/lib/search/search-claims";
import { searchParamsSchema } from "@/lib/search/search-params";

export const dynamic = "force-dynamic";

/**
 * GET /api/search?q=…[&articleId=…][&limit=…][&cursor=…] (signed-in desk members)
 * → { results: [{ claimId, articleId, articleTitle, text, speaker, status, createdAt }], nextCursor }
 */
export async function GET(req: Request) {
  try {
    // results include unpublished claims and rationales: desk members only
    await requireSignedIn();
    const parsed = searchParamsSchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
    if (!parsed.success) throw new DomainError("invalid", parsed.error.issues[0]?.message ?? "Invalid query");
    const { q, ...rest } = parsed.data;
    const page = await searchClaims(db, { query: q, ...rest });
    return Response.json({
      results: page.items.map((h) => ({ ...h, createdAt: h.createdAt.toISOString() })),
      nextCursor: page.nextCursor,
    });
  } catch (error) {
    return jsonError(error);
  }
}
