import type { APIRequestContext } from "@playwright/test";
import { hostileStrings } from "@/lib/reliability/hostile-strings";
import { expect, test } from "./support/fixtures";
import { baseURL } from "./support/paths";
import { claimUrl } from "./support/seed-claims";

/**
 * The HTTP side of the hostile-input corpus: every JSON route gets hostile
 * fields, oversized and malformed bodies, hostile ids and query strings.
 * Nothing may answer 5xx; refusals are JSON with an error in words; and
 * whatever was stored must not run as script on the desk page or break an
 * export.
 */
test.use({ as: "editor" });

const origin = { origin: baseURL };
let outcomes: Record<string, number> = {};

function tally(status: number) {
  const key = status >= 500 ? "5xx" : status >= 400 ? "4xx" : "2xx";
  outcomes[key] = (outcomes[key] ?? 0) + 1;
}

async function expectNoServerError(res: Awaited<ReturnType<APIRequestContext["post"]>>, what: string) {
  tally(res.status());
  expect(res.status(), what).toBeLessThan(500);
  if (res.status() >= 400) {
    const body = (await res.json()) as { error?: unknown };
    expect(typeof body.error, `${what}: error in words`).toBe("string");
  }
}

test("hostile JSON to every mutating route is refused in words or stored harmlessly", async ({ request, page }) => {
  test.setTimeout(240_000);
  outcomes = {};
  const url = await claimUrl(request, "Hertling");
  const claimId = new URL(url, baseURL).pathname.split("/").at(-1)!;
  const valid = { url: "https://example.org/evidence", title: "Evidence", excerpt: "Quote", stance: "context" };

  for (const field of ["url", "title", "publisher", "excerpt", "stance", "archiveUrl"]) {
    for (const value of hostileStrings) {
      const res = await request.post(`/api/claims/${claimId}/sources`, { headers: origin, data: { ...valid, [field]: value } });
      await expectNoServerError(res, `sources.${field}=${JSON.stringify(value).slice(0, 60)}`);
    }
  }
  for (const value of hostileStrings) {
    const res = await request.post(`/api/claims/${claimId}/verdicts`, { headers: origin, data: { ratingId: value, rationale: value, expectedVersion: value } });
    await expectNoServerError(res, `verdicts=${JSON.stringify(value).slice(0, 60)}`);
    const signIn = await request.post("/api/session", { headers: origin, data: { email: value, password: value } });
    await expectNoServerError(signIn, `session=${JSON.stringify(value).slice(0, 60)}`);
  }

  // Malformed bodies: oversized, invalid UTF-8, deeply nested, not JSON, not an object, wrong type, cross-site.
  const sources = `/api/claims/${claimId}/sources`;
  const bodies: [string, Parameters<APIRequestContext["post"]>[1]][] = [
    ["10 MB body", { headers: { ...origin, "content-type": "application/json" }, data: JSON.stringify({ ...valid, excerpt: "x".repeat(10 * 1024 * 1024) }) }],
    ["invalid UTF-8", { headers: { ...origin, "content-type": "application/json" }, data: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]) }],
    ["nested 10,000 deep", { headers: { ...origin, "content-type": "application/json" }, data: "[".repeat(10_000) + "]".repeat(10_000) }],
    ["not JSON", { headers: { ...origin, "content-type": "application/json" }, data: "{title: evidence" }],
    ["an array", { headers: { ...origin, "content-type": "application/json" }, data: "[1,2,3]" }],
    ["form encoded", { headers: origin, form: valid }],
    ["foreign origin", { headers: { origin: "https://evil.example" }, data: valid }],
    ["no origin", { data: valid }],
    ["null bytes", { headers: origin, data: { ...valid, title: "a\u0000b" } }],
  ];
  for (const [what, options] of bodies) {
    const res = await request.post(sources, options);
    await expectNoServerError(res, what);
    expect(res.status(), what).toBeGreaterThanOrEqual(400);
  }

  // Hostile ids and query strings on every read route.
  for (const value of hostileStrings.slice(0, 40)) {
    const id = encodeURIComponent(value.slice(0, 300));
    for (const path of [`/api/articles/${id}`, `/api/articles/${id}/report?format=json`, `/api/search?q=${id}`, `/api/claims/${id}/sources`]) {
      const res = path.includes("/sources") ? await request.post(path, { headers: origin, data: valid }) : await request.get(path);
      await expectNoServerError(res, path.slice(0, 80));
    }
  }

  const total = Object.values(outcomes).reduce((a, b) => a + b, 0);
  console.log(`hostile HTTP cases: ${total} (${JSON.stringify(outcomes)})`);
  expect(total).toBeGreaterThanOrEqual(300);
  expect(outcomes["5xx"] ?? 0).toBe(0);

  // What was stored is shown as text, never run, and exports still parse.
  await page.addInitScript(() => ((window as unknown as { __xss?: number }).__xss = undefined));
  await page.goto(url);
  await expect(page.getByRole("list", { name: "Sources" })).toContainText("<script>window.__xss=1</script>");
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  const articleId = new URL(url, baseURL).pathname.split("/")[2];
  const json = await request.get(`/api/articles/${articleId}/report?format=json`);
  expect(json.status()).toBe(200);
  expect(((await json.json()) as { schemaVersion: string }).schemaVersion).toBe("claimdesk.report/1");
});
