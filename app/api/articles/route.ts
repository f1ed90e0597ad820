import { listArticlesPage } from "@/lib/articles/list-articles-page";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { jsonError } from "@/lib/http/json-error";
import { requireSignedIn } from "@/lib/http/require-actor";
import { pageQuerySchema } from "@/lib/schemas/page-query";

export const dynamic = "force-dynamic";

/**
 * GET /api/articles[?limit=…&cursor=…] → { articles: [{ id, title, language, claimCount, reviewedCount }], nextCursor }
 * Newest first, keyset-paginated: pass `nextCursor` back as `cursor` for the next page.
 */
export async function GET(req: Request) {
  try {
    await requireSignedIn();
    const query = pageQuerySchema.strict().safeParse(Object.fromEntries(new URL(req.url).searchParams));
    if (!query.success) throw new DomainError("invalid", query.error.issues[0]?.code === "unrecognized_keys" ? "Query parameters are limit (1–100) and cursor" : query.error.issues[0]!.message);
    const page = await listArticlesPage(db, { limit: query.data.limit ?? 50, cursor: query.data.cursor });
    return Response.json({
      articles: page.items.map(({ id, title, language, claimCount, reviewedCount }) => ({ id, title, language, claimCount, reviewedCount })),
      nextCursor: page.nextCursor,
    });
  } catch (error) {
    return jsonError(error);
  }
}
