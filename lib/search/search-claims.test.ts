import { test } from "node:test";
import assert from "node:assert/strict";
import { createTestDb } from "@/lib/db/test-db";
import type { Db } from "@/lib/db/create-client";
import { defaultScale } from "@/lib/ratings/presets";
import { ensureScale } from "@/lib/ratings/ensure-scale";
import { searchClaims } from "./search-claims";

// Runs on SQLite by default and on PostgreSQL under `npm run test:pg`.

async function seed(db: Db) {
  const scaleId = await db.$transaction((tx) => ensureScale(tx, defaultScale, true));
  const rating = await db.rating.findFirstOrThrow({ where: { scaleId } });
  const pt = await db.article.create({
    data: {
      title: "Reservatórios do Sudeste",
      body: "…",
      language: "pt",
      scaleId,
      claims: {
        create: [
          { text: "O nível dos reservatórios caiu para 31%", start: 0, end: 10, speaker: "o ministro", createdAt: new Date("2026-01-01T10:00:00Z") },
          { text: "O governo descarta racionamento de energia", start: 20, end: 30, speaker: "Alexandre Silveira", createdAt: new Date("2026-01-01T10:00:01Z") },
        ],
      },
    },
    include: { claims: { orderBy: { start: "asc" } } },
  });
  const en = await db.article.create({
    data: {
      title: "Port of Halden",
      body: "…",
      language: "en",
      scaleId,
      claims: { create: [{ text: "Dockworkers walked out over the automation plan", start: 0, end: 10, createdAt: new Date("2026-01-02T10:00:00Z") }] },
    },
    include: { claims: true },
  });
  const [reservoirs, rationing] = pt.claims;
  const [walkout] = en.claims;
  await db.source.create({ data: { claimId: rationing!.id, url: "https://example.org/a", title: "Operador Nacional do Sistema", excerpt: "Strikes at the hydroelectric plants", stance: "context" } });
  await db.verdict.create({ data: { claimId: walkout!.id, ratingId: rating.id, rationale: "The union's statement confirms the stoppage." } });
  return { pt, en, reservoirs: reservoirs!, rationing: rationing!, walkout: walkout! };
}

test("search finds claims by stemmed, accent-folded words in Portuguese and English", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    const s = await seed(db);
    const ids = async (query: string) => (await searchClaims(db, { query })).items.map((h) => h.claimId);
    assert.deepEqual(await ids("reservatório"), [s.reservoirs.id], "singular finds plural, accent folded");
    assert.deepEqual(await ids("RESERVATORIOS"), [s.reservoirs.id], "no accent, upper case");
    assert.deepEqual(await ids("racionamentos"), [s.rationing.id], "Portuguese plural");
    assert.deepEqual(await ids("dockworker walk"), [s.walkout.id], "English stems, every word must match");
    assert.deepEqual(await ids("silveira"), [s.rationing.id], "speaker");
    assert.deepEqual(await ids("strike"), [s.rationing.id], "a source's excerpt");
    assert.deepEqual(await ids("confirmed statements"), [s.walkout.id], "a verdict's rationale");
    assert.deepEqual(await ids("reservatórios automation"), [], "words from two different claims");
    assert.deepEqual(await ids("racionamento strikes"), [s.rationing.id], "words from a claim and its source");
    assert.deepEqual(await ids("dockworkers union"), [s.walkout.id], "words from a claim and its verdict");
    assert.deepEqual(await ids("' OR 1=1 --"), [], "punctuation is never syntax");
    assert.deepEqual(await ids("   "), []);
  } finally {
    await cleanup();
  }
});

test("search results are newest first, filterable by article, and keyset-paginated", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    const s = await seed(db);
    // "o" is a stop word / too short to matter; these match all three claims through text, source or rationale
    await db.claim.update({ where: { id: s.walkout.id }, data: { text: "Dockworkers said the governo plan hurts energia workers" } });
    const all = await searchClaims(db, { query: "energia" });
    assert.deepEqual(all.items.map((h) => h.claimId), [s.walkout.id, s.rationing.id], "an update re-indexes the claim");

    const first = await searchClaims(db, { query: "energia", limit: 1 });
    assert.equal(first.items.length, 1);
    assert.ok(first.nextCursor);
    const second = await searchClaims(db, { query: "energia", limit: 1, cursor: first.nextCursor });
    assert.deepEqual(second.items.map((h) => h.claimId), [s.rationing.id]);
    assert.equal(second.nextCursor, null);

    const onlyPt = await searchClaims(db, { query: "energia", articleId: s.pt.id });
    assert.deepEqual(onlyPt.items.map((h) => [h.claimId, h.articleTitle]), [[s.rationing.id, "Reservatórios do Sudeste"]]);

    await db.claim.delete({ where: { id: s.rationing.id } });
    assert.deepEqual((await searchClaims(db, { query: "energia" })).items.map((h) => h.claimId), [s.walkout.id], "deleted claims leave the index");
    assert.deepEqual((await searchClaims(db, { query: "strikes" })).items, [], "and so do their sources");
    await assert.rejects(searchClaims(db, { query: "energia", cursor: "not-a-cursor" }), /cursor is not valid/);
  } finally {
    await cleanup();
  }
});

test("editing or removing a source or verdict re-indexes its claim", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    const s = await seed(db);
    const ids = async (query: string) => (await searchClaims(db, { query })).items.map((h) => h.claimId);
    const source = await db.source.findFirstOrThrow({ where: { claimId: s.rationing.id } });
    await db.source.update({ where: { id: source.id }, data: { excerpt: "Greves nas usinas" } });
    assert.deepEqual(await ids("strikes"), [], "the old excerpt is gone");
    assert.deepEqual(await ids("greve"), [s.rationing.id], "the new one is found");
    await db.source.update({ where: { id: source.id }, data: { claimId: s.reservoirs.id } });
    assert.deepEqual(await ids("greves"), [s.reservoirs.id], "a source moved to another claim moves with it");
    await db.source.delete({ where: { id: source.id } });
    assert.deepEqual(await ids("greves"), []);
    await db.verdict.deleteMany({ where: { claimId: s.walkout.id } });
    assert.deepEqual(await ids("confirmed"), [], "a deleted verdict's rationale");
    assert.deepEqual(await ids("dockworkers"), [s.walkout.id], "the claim itself still found");
  } finally {
    await cleanup();
  }
});

test("an article-scoped search matches that article only, even when another id starts the same", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    const s = await seed(db);
    const twin = await db.article.create({
      data: { id: `${s.pt.id}-2`, title: "Twin", body: "…", language: "pt", scaleId: s.pt.scaleId, claims: { create: [{ text: "Racionamento de energia em 2027", start: 0, end: 10 }] } },
      include: { claims: true },
    });
    const inArticle = async (articleId: string) => (await searchClaims(db, { query: "energia", articleId })).items.map((h) => h.claimId);
    assert.deepEqual(await inArticle(s.pt.id), [s.rationing.id]);
    assert.deepEqual(await inArticle(twin.id), [twin.claims[0]!.id]);
    assert.deepEqual(await inArticle(`" OR 1=1 --`), [], "an id is data, never syntax");
  } finally {
    await cleanup();
  }
});
