import { listArticlesWithProgress } from "@/lib/articles/queries";
import { jsonError } from "@/lib/http/json-error";
import { requireSignedIn } from "@/lib/http/require-actor";

export const dynamic = "force-dynamic";

/** GET /api/articles → { articles: [{ id, title, language, claimCount, reviewedCount }] } */
export async function GET() {
  try {
    await requireSignedIn();
    const articles = await listArticlesWithProgress();
    return Response.json({
      articles: articles.map(({ id, title, language, claimCount, reviewedCount }) => ({ id, title, language, claimCount, reviewedCount })),
    });
  } catch (error) {
    return jsonError(error);
  }
}
