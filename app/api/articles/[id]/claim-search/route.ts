import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { jsonError } from "@/lib/http/json-error";
import { entityIdParam } from "@/lib/http/params";
import { requireSignedIn } from "@/lib/http/require-actor";
import { searchArticleClaimIds } from "@/lib/review/queue-search";
import { searchParamsSchema } from "@/lib/search/search-params";

export const dynamic = "force-dynamic";

const querySchema = z.object({ q: searchParamsSchema.shape.q });

/**
 * GET /api/articles/[id]/claim-search?q=… (signed-in desk members)
 * → { claimIds: [...] }: the article's claims whose text, speaker, sources or
 * rationales match, for the workspace queue (which keeps its own order).
 */
export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    await requireSignedIn(); // matches rationales of unpublished verdicts
    const id = entityIdParam((await ctx.params).id, "Article");
    const parsed = querySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
    if (!parsed.success) throw new DomainError("invalid", parsed.error.issues[0]?.message ?? "Invalid query");
    const ids = await searchArticleClaimIds(id, parsed.data.q);
    return Response.json({ claimIds: [...ids] });
  } catch (error) {
    return jsonError(error);
  }
}
