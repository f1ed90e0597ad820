import { db } from "@/lib/db/client";
import { jsonError } from "@/lib/http/json-error";
import { reportDownload } from "@/lib/reports/report-response";

// A cached read: the published fact-checks of an article change only when an
// editor approves or an article is re-published, and search engines and
// partners poll this. Each server keeps a rendered copy for a minute
// (ISR) instead of rebuilding it per request.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams(): { article: string }[] {
  return []; // none at build time: each article's feed is made on first request
}

/** GET /r/[article]/claimreview.json → the article's published ClaimReview JSON-LD, no sign-in. */
export async function GET(_req: Request, ctx: { params: Promise<{ article: string }> }) {
  try {
    return await reportDownload(db, (await ctx.params).article, new URLSearchParams({ format: "claimreview" }), "public");
  } catch (error) {
    return jsonError(error);
  }
}
