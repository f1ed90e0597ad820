import { test } from "node:test";
import assert from "node:assert/strict";
import { listArticleClaimsPage, listArticlesPage } from "@/lib/articles/list-articles-page";
import { defaultScale } from "@/lib/ratings/presets";
import { ensureScale } from "@/lib/ratings/ensure-scale";
import { searchClaims } from "@/lib/search/search-claims";
import { listAuditEventsPage } from "./audit-page";
import type { Db, QueryEvent } from "./create-client";
import { explainQueries, fullScans } from "./explain";
import type { Page } from "./keyset";
import { createTestDb } from "./test-db";

// Runs on SQLite by default and on PostgreSQL under `npm run test:pg`.

async function seed(db: Db) {
  const scaleId = await db.$transaction((tx) => ensureScale(tx, defaultScale, true));
  const sameInstant = new Date("2026-03-01T12:00:00.000Z");
  const articles = [];
  for (let i = 0; i < 7; i++) {
    // three articles share a timestamp: the id breaks the tie
    const createdAt = i < 3 ? sameInstant : new Date(Date.UTC(2026, 2, 2 + i));
    articles.push(await db.article.create({ data: { title: `Article ${i}`, body: "…", language: "en", scaleId, createdAt } }));
  }
  const target = articles[0]!;
  await db.claim.createMany({
    data: Array.from({ length: 23 }, (_, i) => ({
      articleId: target.id,
      text: `Claim ${i} about inflation`,
      start: Math.floor(i / 2) * 10, // pairs share a start offset
      end: Math.floor(i / 2) * 10 + 5,
      status: i % 3 === 0 ? "in_review" : "new",
    })),
  });
  await db.auditEvent.createMany({
    data: Array.from({ length: 13 }, (_, i) => ({
      entityType: "claim",
      entityId: "claim-under-audit",
      action: `step.${i}`,
      createdAt: i < 4 ? sameInstant : new Date(Date.UTC(2026, 2, 10, 0, i)),
    })),
  });
  return { target };
}

async function walk<T>(read: (cursor: string | null) => Promise<Page<T>>): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: Page<T> = await read(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 100);
  return { items, pages };
}

test("keyset pages walk every list exactly once, in order, ties included", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    const { target } = await seed(db);

    const articles = await walk((cursor) => listArticlesPage(db, { limit: 2, cursor }));
    assert.equal(articles.pages, 4);
    const expected = await db.article.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    assert.deepEqual(articles.items.map((a) => a.id), expected.map((a) => a.id));
    assert.equal(articles.items.find((a) => a.id === target.id)?.claimCount, 23);

    const claims = await walk((cursor) => listArticleClaimsPage(db, { articleId: target.id, limit: 5, cursor }));
    const expectedClaims = await db.claim.findMany({ where: { articleId: target.id }, orderBy: [{ start: "asc" }, { id: "asc" }], select: { id: true } });
    assert.deepEqual(claims.items.map((c) => c.id), expectedClaims.map((c) => c.id));

    const inReview = await walk((cursor) => listArticleClaimsPage(db, { articleId: target.id, status: "in_review", limit: 3, cursor }));
    assert.equal(inReview.items.length, 8);
    assert.ok(inReview.items.every((c) => c.status === "in_review"));

    const audit = await walk((cursor) => listAuditEventsPage(db, { entityType: "claim", entityId: "claim-under-audit", limit: 4, cursor }));
    const expectedAudit = await db.auditEvent.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    assert.deepEqual(audit.items.map((e) => e.id), expectedAudit.map((e) => e.id));

    const hits = await walk((cursor) => searchClaims(db, { query: "inflation", limit: 6, cursor }));
    assert.equal(hits.items.length, 23);
    assert.equal(new Set(hits.items.map((h) => h.claimId)).size, 23);

    await assert.rejects(listArticlesPage(db, { cursor: Buffer.from('{"createdAt":1}').toString("base64url") }), /cursor is not valid/);
  } finally {
    await cleanup();
  }
});

test("every list and search query is served by an index (EXPLAIN: no full scan of a growing table)", async () => {
  const events: QueryEvent[] = [];
  const { db, kind, url, cleanup } = await createTestDb({ onQuery: (e) => events.push(e) });
  try {
    const { target } = await seed(db);
    const first = await listArticlesPage(db, { limit: 2 });
    const claimsFirst = await listArticleClaimsPage(db, { articleId: target.id, limit: 5 });
    events.length = 0;
    await listArticlesPage(db, { limit: 2 });
    await listArticlesPage(db, { limit: 2, cursor: first.nextCursor });
    await listArticleClaimsPage(db, { articleId: target.id, limit: 5, cursor: claimsFirst.nextCursor });
    await listArticleClaimsPage(db, { articleId: target.id, status: "new", limit: 5 });
    await listAuditEventsPage(db, { entityType: "claim", entityId: "claim-under-audit", limit: 4 });
    const audit = await listAuditEventsPage(db, { entityType: "claim", entityId: "claim-under-audit", limit: 4 });
    await listAuditEventsPage(db, { entityType: "claim", entityId: "claim-under-audit", limit: 4, cursor: audit.nextCursor });
    const hits = await searchClaims(db, { query: "inflation", limit: 5 });
    await searchClaims(db, { query: "inflation", articleId: target.id, limit: 5, cursor: hits.nextCursor });

    const plans = await explainQueries(kind, url, events);
    if (process.env.SHOW_PLANS) for (const p of plans) console.log(p.sql, "\n", p.plan, "\n");
    assert.ok(plans.length >= 9, `captured ${plans.length} statements`);
    for (const { sql, plan } of plans) {
      assert.deepEqual(fullScans(kind, plan, { c: "Claim", a: "Article", s: "Source", v: "Verdict" }), [], `full scan in:\n${sql}\n${plan}`);
    }
  } finally {
    await cleanup();
  }
});
