import { test } from "node:test";
import assert from "node:assert/strict";
import { createTestDb } from "@/lib/db/test-db";
import { DomainError } from "@/lib/errors";
import { seedReviewFixture } from "@/lib/review/test-data";
import { addClaim } from "./add-claim";
import { dismissClaim, restoreClaim } from "./claim-state";
import { editClaim } from "./edit-claim";
import { reextractArticle } from "./reextract-article";
import { mergeWithNext, splitClaim, splitPoint } from "./split-merge";

async function withDb(fn: (ctx: Awaited<ReturnType<typeof createTestDb>> & Awaited<ReturnType<typeof seedReviewFixture>>) => Promise<void>) {
  const t = await createTestDb();
  try {
    await fn({ ...t, ...(await seedReviewFixture(t.db)) });
  } finally {
    await t.cleanup();
  }
}

test("splitPoint finds the second part after the first word only", () => {
  assert.deepEqual(splitPoint("A is true. B is false.", "B is"), { firstEnd: 10, secondStart: 11 });
  assert.equal(splitPoint("A is true.", "A is"), null);
  assert.equal(splitPoint("A is true.", "nowhere"), null);
});

test("a selected span becomes a reviewer claim, trimmed to its words", async () => {
  await withDb(async ({ db, user, article }) => {
    const { claimId } = await addClaim(db, { articleId: article.id, start: 29, end: 47 }, user.id);
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
    assert.equal(claim.text, "the report added.");
    assert.equal(claim.start, 30);
    assert.equal(claim.origin, "reviewer");
    assert.equal(claim.humanTouched, true);
    await assert.rejects(addClaim(db, { articleId: article.id, start: 40, end: 400 }, user.id), (e: unknown) => e instanceof DomainError && e.code === "invalid");
  });
});

test("editing needs the current version and records before and after", async () => {
  await withDb(async ({ db, user, claim }) => {
    await editClaim(db, { claimId: claim.id, text: "Kim seeks food aid", speaker: "NYT", expectedVersion: 1 }, user.id);
    await assert.rejects(
      editClaim(db, { claimId: claim.id, text: "stale", expectedVersion: 1 }, user.id),
      (e: unknown) => e instanceof DomainError && e.code === "conflict" && (e.details as { current: { text: string } }).current.text === "Kim seeks food aid",
    );
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "claim.update" } });
    assert.deepEqual(JSON.parse(audit.before!), { text: "Kim is seeking food supplies", speaker: "the report" });
  });
});

test("split keeps attachments on the first part; merge puts the parts back together", async () => {
  await withDb(async ({ db, user, claim }) => {
    await db.source.create({ data: { claimId: claim.id, url: "https://example.org", title: "S", stance: "supports" } });
    const { newClaimId } = await splitClaim(db, { claimId: claim.id, secondPartStartsWith: "seeking", expectedVersion: 1 }, user.id);
    const first = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { sources: true } });
    const second = await db.claim.findUniqueOrThrow({ where: { id: newClaimId } });
    assert.equal(first.text, "Kim is");
    assert.equal(second.text, "seeking food supplies");
    assert.equal(first.sources.length, 1);
    await mergeWithNext(db, { claimId: claim.id, expectedVersion: first.version }, user.id);
    const merged = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    assert.equal(merged.text, "Kim is seeking food supplies");
    assert.equal(await db.claim.count({ where: { id: newClaimId } }), 0);
  });
});

test("dismiss keeps the reason; restore brings the claim back", async () => {
  await withDb(async ({ db, user, claim }) => {
    await dismissClaim(db, { claimId: claim.id, reason: "An opinion", expectedVersion: 1 }, user.id);
    let c = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    assert.equal(c.status, "dismissed");
    assert.equal(c.dismissReason, "An opinion");
    await restoreClaim(db, { claimId: claim.id, expectedVersion: c.version }, user.id);
    c = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    assert.equal(c.status, "in_review");
  });
});

test("re-extraction replaces untouched extractor claims and keeps human work", async () => {
  await withDb(async ({ db, user, article, claim }) => {
    const body = "The port handled 1,200 ships in 2023, the authority said. Dockworkers walked out on Monday.";
    await db.article.update({ where: { id: article.id }, data: { body } });
    await db.claim.update({ where: { id: claim.id }, data: { start: 0, end: 56, text: body.slice(0, 56), humanTouched: true } });
    await db.claim.create({ data: { articleId: article.id, text: "stale", start: 57, end: 62 } });
    const result = await reextractArticle(db, article.id, user.id);
    assert.equal(result.kept, 1);
    assert.equal(result.replaced, 1);
    const claims = await db.claim.findMany({ where: { articleId: article.id }, orderBy: { start: "asc" } });
    assert.equal(claims[0]!.id, claim.id);
    assert.ok(claims.some((c) => c.text.startsWith("Dockworkers walked out")));
    assert.ok(!claims.some((c) => c.text === "stale"));
  });
});
