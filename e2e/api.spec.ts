import { test, expect } from "./support/fixtures";

test("the JSON API lists articles and claims, and answers bad ids with 404 JSON", async ({ request }) => {
  const list = await request.get("/api/articles");
  expect(list.ok()).toBe(true);
  const { articles } = (await list.json()) as { articles: { id: string; title: string; claimCount: number; reviewedCount: number }[] };
  const seed = articles.find((a) => a.title.startsWith("Putin planeja"));
  expect(seed?.claimCount).toBeGreaterThan(5);

  const one = await request.get(`/api/articles/${seed!.id}`);
  const body = (await one.json()) as { article: { body: string }; claims: { text: string; start: number; end: number }[] };
  for (const c of body.claims) expect(body.article.body.slice(c.start, c.end)).toBe(c.text);

  for (const path of ["/api/articles/doesnotexist0000", "/api/articles/..%2F..%2Fetc", `/api/articles/${"x".repeat(300)}`]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(((await res.json()) as { error: string }).error).toMatch(/not found/);
  }

  // Keyset pagination: one article per page, the cursor leads to the next, a forged cursor is a 400.
  const first = (await (await request.get("/api/articles?limit=1")).json()) as { articles: { id: string }[]; nextCursor: string | null };
  expect(first.articles).toHaveLength(1);
  expect(first.nextCursor).toBeTruthy();
  const second = (await (await request.get(`/api/articles?limit=1&cursor=${first.nextCursor}`)).json()) as { articles: { id: string }[] };
  expect(second.articles[0]?.id).not.toBe(first.articles[0]?.id);
  expect((await request.get("/api/articles?cursor=forged")).status()).toBe(400);
  expect((await request.get("/api/articles?limit=5000")).status()).toBe(400);

  const badFormat = await request.get(`/api/articles/${seed!.id}/report?format=exe`);
  expect(badFormat.status()).toBe(400);
  expect(((await badFormat.json()) as { error: string }).error).toContain("format must be one of");

  const md = await request.get(`/api/articles/${seed!.id}/report?format=md`);
  expect(md.headers()["content-type"]).toContain("text/markdown");
  expect(md.headers()["content-disposition"]).toContain("attachment");
});

test.describe("pages that do not exist", () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test("unknown article pages show a 404 page", async ({ page }) => {
  const res = await page.goto("/articles/doesnotexist0000");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

  test("a claim that is not in the article shows the not-found page", async ({ page }) => {
    await page.goto("/");
    const article = page.getByRole("table").getByRole("link").first();
    const href = (await article.getAttribute("href"))!;
    await page.goto(`${href}/claims/doesnotexist0000`);
    await expect(page.getByText("There is no article or claim at this address.")).toBeVisible();
  });
});
