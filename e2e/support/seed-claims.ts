import type { APIRequestContext } from "@playwright/test";

interface ApiClaim {
  id: string;
  text: string;
}

/** The desk URL of the seed article's claim that contains `fragment` (read through the JSON API). */
export async function claimUrl(request: APIRequestContext, fragment: string): Promise<string> {
  const { articles } = (await (await request.get("/api/articles")).json()) as { articles: { id: string; title: string }[] };
  const seed = articles.find((a) => a.title.startsWith("Putin planeja"));
  if (!seed) throw new Error("seed article missing");
  const { claims } = (await (await request.get(`/api/articles/${seed.id}`)).json()) as { claims: ApiClaim[] };
  const claim = claims.find((c) => c.text.includes(fragment));
  if (!claim) throw new Error(`no claim contains "${fragment}"`);
  return `/articles/${seed.id}/claims/${claim.id}`;
}
