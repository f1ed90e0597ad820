import { readFile } from "node:fs/promises";
import { parse as parseCsv } from "csv-parse/sync";
import { extractText, getDocumentProxy } from "unpdf";
import { claimReviewSchema } from "../lib/reports/claimreview-schema";
import { reportJsonSchema } from "../lib/reports/json-schema";
import { test as base, expect } from "./support/fixtures";
import { baseURL } from "./support/paths";
import { deleteReportArticle, HOSTILE_CLAIM, seedReportArticle, type ReportArticle } from "./support/report-fixtures";

/** Each test gets its own article with a published, a draft and a hostile claim. */
const test = base.extend<{ reportArticle: ReportArticle }>({
  reportArticle: async ({ server }, use) => {
    void server; // the run's database is migrated and served first
    const article = seedReportArticle();
    try {
      await use(article);
    } finally {
      deleteReportArticle(article.articleId);
    }
  },
});

test("every format downloads from the article page and parses back", async ({ page, reportArticle: a }) => {
  await page.goto(`/articles/${a.articleId}`);
  const menu = page.locator("details.download-menu");
  await menu.getByText("Download report").click(); // the <summary>
  const formats = menu.getByRole("list", { name: "Download report" });

  const download = async (name: string, extension: RegExp) => {
    const pending = page.waitForEvent("download");
    await formats.getByRole("link", { name, exact: true }).click();
    const file = await pending;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^fact-check-merenda-escolar-e-inflacao-[a-z0-9-]+\\.${extension.source}$`));
    return readFile((await file.path())!);
  };

  const html = (await download("Download HTML", /html/)).toString("utf8");
  expect(html).toMatch(/^<!DOCTYPE html>/);
  expect(html).toContain(a.published.text);
  expect(html).toContain("Portal da Transparência");
  expect(html).not.toMatch(/<script|<b>|javascript:/i);

  const pdf = await download("Download PDF", /pdf/);
  const { text: pdfText } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  expect(pdfText).toContain("O governo gastou 3 milhões de reais com merenda escolar em 2024.");
  expect(pdfText).toContain(a.published.sourceTitle);
  expect(pdfText).toContain("ação");

  const md = (await download("Download Markdown", /md/)).toString("utf8");
  expect(md).toContain("merenda escolar em 2024");
  expect(md).not.toContain("</script>");

  const json = reportJsonSchema.parse(JSON.parse((await download("Download JSON", /json/)).toString("utf8")));
  expect(json.claims.map((c) => c.text)).toEqual([a.published.text, a.draft.text, HOSTILE_CLAIM]);

  const csvBytes = await download("Download CSV", /csv/);
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(csvBytes, { bom: true, columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(3);
  expect(rows[0]!.verdict).toBe("Falso");
  expect(rows[2]!.claim!.startsWith("'=HYPERLINK(")).toBe(true);
  for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

  const reviews = JSON.parse((await download("Download ClaimReview JSON-LD", /claimreview\.jsonld/)).toString("utf8")) as unknown[];
  const parsed = reviews.map((r) => claimReviewSchema.parse(r));
  expect(parsed[0]!.reviewRating.alternateName).toBe("Falso");
  expect(parsed[0]!.url).toMatch(new RegExp(`/r/${a.articleId}/${a.published.id}$`));
});

test("the API answers each format with its content type and file name, for a claim or a selection", async ({ page, reportArticle: a }) => {
  const request = page.request; // the signed-in editor's session
  const api = `/api/articles/${a.articleId}/report`;
  const expected = {
    html: "text/html",
    pdf: "application/pdf",
    md: "text/markdown",
    json: "application/json",
    csv: "text/csv",
    claimreview: "application/ld+json",
  } as const;
  for (const [format, type] of Object.entries(expected)) {
    const res = await request.get(`${api}?format=${format}&claim=${a.published.id}`);
    expect(res.status(), format).toBe(200);
    expect(res.headers()["content-type"]).toContain(type);
    expect(res.headers()["content-disposition"]).toMatch(new RegExp(`^attachment; filename="fact-check-[a-z0-9-]+-claim-${a.published.id}\\.`));
  }
  const selection = await request.get(`${api}?format=json&claims=${a.published.id},${a.draft.id}`);
  expect(reportJsonSchema.parse(await selection.json()).claims.map((c) => c.id)).toEqual([a.published.id, a.draft.id]);
  expect((await request.get(`${api}?format=exe`)).status()).toBe(400);
  expect((await request.get(`${api}?format=json&claims=..%2Fetc`)).status()).toBe(400);
  expect((await fetch(`${baseURL}${api}?format=json`)).status, "the desk export needs a session").toBe(401);

  // the public export never carries a draft
  const publicRes = await fetch(`${baseURL}/r/${a.articleId}/download?format=json&audience=desk`); // anonymous
  expect(publicRes.status).toBe(200);
  const publicJson = reportJsonSchema.parse(await publicRes.json());
  expect(publicJson.audience).toBe("public");
  expect(publicJson.claims.map((c) => c.id)).toEqual([a.published.id, a.hostile.id]);
  expect(JSON.stringify(publicJson)).not.toContain("RASCUNHO");

  // the cached public feed: the same published ClaimReviews, no draft
  const feed = await fetch(`${baseURL}/r/${a.articleId}/claimreview.json`);
  expect(feed.status).toBe(200);
  expect(feed.headers.get("content-type")).toContain("application/ld+json");
  const feedReviews = ((await feed.json()) as unknown[]).map((r) => claimReviewSchema.parse(r));
  expect(feedReviews.map((r) => r.url.split("/").at(-1))).toEqual([a.published.id, a.hostile.id]);
  expect((await fetch(`${baseURL}/r/doesnotexist0000/claimreview.json`)).status).toBe(404);
});

test.describe("public pages, for an anonymous visitor", () => {
  test.use({ as: null, allowedConsoleErrors: [/status of 404/] });

  test("show a published claim with one ClaimReview, and never a draft", async ({ page, reportArticle: a }) => {
    await page.goto(`/r/${a.articleId}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(a.title);
    const claim = page.getByRole("article").filter({ hasText: a.published.text });
    await expect(claim.getByText("Falso", { exact: true })).toBeVisible();
    await expect(claim.getByRole("link", { name: a.published.sourceTitle })).toBeVisible();
    await expect(page.getByText(a.draft.text)).toHaveCount(0);
    await expect(page.locator("body")).not.toContainText("RASCUNHO");
    await expect(page.getByRole("heading", { name: "Metodologia" })).toBeVisible();

    await claim.getByRole("link", { name: a.published.text }).click();
    await expect(page).toHaveURL(new RegExp(`/r/${a.articleId}/${a.published.id}$`));
    const scripts = page.locator('script[type="application/ld+json"]');
    await expect(scripts).toHaveCount(1);
    const review = claimReviewSchema.parse(JSON.parse((await scripts.textContent())!));
    expect(review.claimReviewed).toBe(a.published.text);
    expect(review.itemReviewed.author).toEqual({ "@type": "Organization", name: "Ministério da Educação" });

    // hostile text cannot break out of the JSON-LD script
    await page.goto(`/r/${a.articleId}/${a.hostile.id}`);
    await expect(scripts).toHaveCount(1);
    // no script element was injected, and the served HTML never contains the text's markup raw
    expect(await page.locator("script").evaluateAll((els) => els.filter((e) => e.textContent?.trim().startsWith("alert(")).length)).toBe(0);
    const served = await (await fetch(`${baseURL}/r/${a.articleId}/${a.hostile.id}`)).text();
    expect(served).not.toContain("<script>alert(1)");
    expect(served).not.toContain("<!-- <b>");
    const hostile = claimReviewSchema.parse(JSON.parse((await scripts.textContent())!));
    expect(hostile.claimReviewed).toBe(HOSTILE_CLAIM.replace(/\s+/g, " ").trim());
    await expect(page.getByRole("heading", { level: 2 }).first()).toContainText("</script><script>alert(1)</script>");

    const draft = await page.goto(`/r/${a.articleId}/${a.draft.id}`);
    expect(draft?.status()).toBe(404);
  });
});
