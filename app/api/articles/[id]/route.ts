import { getArticleWorkspace } from "@/lib/review/queries";
import { notFound } from "@/lib/errors";
import { jsonError } from "@/lib/http/json-error";
import { requireSignedIn } from "@/lib/http/require-actor";
import { entityIdParam } from "@/lib/http/params";
import { toApiArticle } from "@/lib/review/api-article";

export const dynamic = "force-dynamic";

/** GET /api/articles/[id] → { article, claims: [{ id, text, start, end, speaker, score, status, verdict, sources }] } */
export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    await requireSignedIn();
    const id = entityIdParam((await ctx.params).id, "Article");
    const workspace = await getArticleWorkspace(id);
    if (!workspace) throw notFound("Article");
    return Response.json(toApiArticle(workspace));
  } catch (error) {
    return jsonError(error);
  }
}
