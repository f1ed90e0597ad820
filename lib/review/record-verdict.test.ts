import { test } from "node:test";
import assert from "node:assert/strict";
import { createTestDb } from "@/lib/db/test-db";
import { DomainError } from "@/lib/errors";
import { recordVerdict } from "./record-verdict";
import { seedReviewFixture } from "./test-data";

test("a verdict is stored with its audit event and bumps the claim version", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    const { user, claim, ratings } = await seedReviewFixture(db);
    const res = await recordVerdict(db, { claimId: claim.id, ratingId: ratings[0]!.id, rationale: "Confirmed.", expectedVersion: 1 }, user.id);
    assert.equal(res.version, 2);
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { verdicts: true } });
    assert.equal(stored.version, 2);
    assert.equal(stored.status, "awaiting_approval");
    assert.equal(stored.verdicts[0]?.rationale, "Confirmed.");
    const audit = await db.auditEvent.findMany({ where: { entityType: "verdict" } });
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.actorId, user.id);
    assert.equal(audit[0]?.action, "verdict.propose");
  } finally {
    await cleanup();
  }
});

test("a save based on a stale version is refused with the other person's verdict, and nothing is written", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    const { user, claim, ratings } = await seedReviewFixture(db);
    await recordVerdict(db, { claimId: claim.id, ratingId: ratings[0]!.id, rationale: "First.", expectedVersion: 1 }, user.id);
    await assert.rejects(
      recordVerdict(db, { claimId: claim.id, ratingId: ratings[4]!.id, rationale: "Second, stale.", expectedVersion: 1 }, user.id),
      (e: unknown) => {
        assert.ok(e instanceof DomainError);
        assert.equal(e.code, "conflict");
        assert.deepEqual((e.details as { current: { rationale: string } }).current.rationale, "First.");
        return true;
      },
    );
    assert.equal(await db.verdict.count(), 1);
    assert.equal(await db.auditEvent.count(), 1);
  } finally {
    await cleanup();
  }
});

test("a rating from another scale is refused as a field error", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    const { user, claim } = await seedReviewFixture(db);
    const other = await db.ratingScale.create({ data: { key: "other", name: "Other", ratings: { create: { key: "x", position: 0 } } }, include: { ratings: true } });
    await assert.rejects(
      recordVerdict(db, { claimId: claim.id, ratingId: other.ratings[0]!.id, rationale: "x", expectedVersion: 1 }, user.id),
      (e: unknown) => e instanceof DomainError && e.code === "invalid" && !!e.fieldErrors.ratingId,
    );
    await assert.rejects(
      recordVerdict(db, { claimId: "cmissingclaim0", ratingId: other.ratings[0]!.id, rationale: "x", expectedVersion: 1 }, user.id),
      (e: unknown) => e instanceof DomainError && e.code === "not_found",
    );
    assert.equal(await db.verdict.count(), 0);
  } finally {
    await cleanup();
  }
});

test("blind review: a second reviewer's first verdict is kept beside the first without a conflict", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    const { user, claim, ratings, article } = await seedReviewFixture(db);
    await db.article.update({ where: { id: article.id }, data: { blindReview: true } });
    const second = await db.user.create({ data: { name: "Bruno", email: "bruno@example.org" } });
    await recordVerdict(db, { claimId: claim.id, ratingId: ratings[0]!.id, rationale: "A.", expectedVersion: 1 }, user.id);
    await recordVerdict(db, { claimId: claim.id, ratingId: ratings[4]!.id, rationale: "B.", expectedVersion: 1 }, second.id);
    assert.equal(await db.verdict.count({ where: { claimId: claim.id } }), 2);
    // a later revision by the same reviewer is an ordinary edit again: stale versions conflict
    await assert.rejects(
      recordVerdict(db, { claimId: claim.id, ratingId: ratings[1]!.id, rationale: "B2.", expectedVersion: 1 }, second.id),
      (e: unknown) => e instanceof DomainError && e.code === "conflict",
    );
  } finally {
    await cleanup();
  }
});
