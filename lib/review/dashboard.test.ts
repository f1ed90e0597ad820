import { test } from "node:test";
import assert from "node:assert/strict";
import { createTestDb } from "@/lib/db/test-db";
import { defaultScale } from "@/lib/ratings/presets";
import { ensureScale } from "@/lib/ratings/ensure-scale";
import { getDashboard } from "./dashboard";

// Runs on SQLite by default and on PostgreSQL under `npm run test:pg`.

test("the verdict distribution counts each claim once, by its newest verdict", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    const scaleId = await db.$transaction((tx) => ensureScale(tx, defaultScale, true));
    const [first, second] = await db.rating.findMany({ where: { scaleId }, orderBy: { position: "asc" }, take: 2 });
    const article = await db.article.create({
      data: { title: "A", body: "…", language: "en", scaleId, claims: { create: [{ text: "one", start: 0, end: 1 }, { text: "two", start: 2, end: 3 }, { text: "three", start: 4, end: 5 }] } },
      include: { claims: { orderBy: { start: "asc" } } },
    });
    const [one, two] = article.claims;
    const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));
    await db.verdict.createMany({
      data: [
        { claimId: one!.id, ratingId: first!.id, rationale: "r", createdAt: at(1) },
        { claimId: one!.id, ratingId: second!.id, rationale: "superseded the first", createdAt: at(2) },
        { id: "verdict-a", claimId: two!.id, ratingId: second!.id, rationale: "same instant", createdAt: at(3) },
        { id: "verdict-b", claimId: two!.id, ratingId: first!.id, rationale: "same instant, larger id wins", createdAt: at(3) },
      ],
    });
    const counts = async () => (await getDashboard(db)).distribution.map((r) => [r.id, r.count]);
    assert.deepEqual(await counts(), [
      [first!.id, 1],
      [second!.id, 1],
    ]);
    // a newer verdict supersedes; a deleted claim takes its verdicts out of the count
    await db.verdict.create({ data: { claimId: one!.id, ratingId: first!.id, rationale: "third thoughts", createdAt: at(9) } });
    assert.deepEqual(await counts(), [[first!.id, 2]]);
    await db.claim.delete({ where: { id: two!.id } });
    assert.deepEqual(await counts(), [[first!.id, 1]]);
    assert.equal((await db.claim.findUniqueOrThrow({ where: { id: one!.id } })).currentRatingId, first!.id);
  } finally {
    await cleanup();
  }
});

test("the dashboard works past 32,766 rated claims (SQLite's bound-parameter limit)", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    const scaleId = await db.$transaction((tx) => ensureScale(tx, defaultScale, true));
    const rating = await db.rating.findFirstOrThrow({ where: { scaleId } });
    const article = await db.article.create({ data: { title: "Big", body: "…", language: "en", scaleId } });
    const n = 33_000;
    for (let from = 0; from < n; from += 5000) {
      const ids = Array.from({ length: Math.min(5000, n - from) }, (_, i) => `bulk-${from + i}`);
      await db.claim.createMany({ data: ids.map((id, i) => ({ id, articleId: article.id, text: "claim", start: from + i, end: from + i + 1 })) });
      await db.verdict.createMany({ data: ids.map((claimId) => ({ claimId, ratingId: rating.id, rationale: "r" })) });
    }
    const { distribution } = await getDashboard(db);
    assert.deepEqual(distribution.map((r) => [r.id, r.count]), [[rating.id, n]]);
  } finally {
    await cleanup();
  }
});
