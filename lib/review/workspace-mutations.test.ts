import { test } from "node:test";
import assert from "node:assert/strict";
import { createTestDb } from "@/lib/db/test-db";
import { DomainError } from "@/lib/errors";
import { bulkStatusSchema } from "@/lib/schemas/workflow";
import { assignClaim, bulkAssign } from "./assign";
import { bulkSetStatus } from "./bulk-status";
import { addComment, listComments } from "./comments";
import { seedReviewFixture } from "./test-data";
import { canMoveByHand } from "./workflow";

test("workflow: published only through approval, dismissed claims come back to review", () => {
  assert.equal(canMoveByHand("new", "in_review"), true);
  assert.equal(canMoveByHand("published", "dismissed"), false);
  assert.equal(canMoveByHand("dismissed", "in_review"), true);
  assert.equal(canMoveByHand("dismissed", "new"), false);
  assert.equal(bulkStatusSchema.safeParse({ articleId: "carticle0000", claimIds: ["cclaim000000"], status: "published" }).success, false);
  assert.equal(bulkStatusSchema.safeParse({ articleId: "carticle0000", claimIds: ["cclaim000000"], status: "dismissed" }).success, false);
});

test("assigning a claim checks its version, bumps it and is audited", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    const { user, claim } = await seedReviewFixture(db);
    const res = await assignClaim(db, { claimId: claim.id, assigneeId: user.id, expectedVersion: 1 }, user.id);
    assert.equal(res.version, 2);
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    assert.equal(stored.assigneeId, user.id);
    await assert.rejects(assignClaim(db, { claimId: claim.id, assigneeId: null, expectedVersion: 1 }, user.id), (e: unknown) => e instanceof DomainError && e.code === "conflict");
    assert.equal(await db.auditEvent.count({ where: { action: "claim.assign" } }), 1);
  } finally {
    await cleanup();
  }
});

test("bulk assign and bulk status change every selected claim or none", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    const { user, claim, article } = await seedReviewFixture(db);
    const second = await db.claim.create({ data: { articleId: article.id, text: "the report added", start: 30, end: 46, status: "published" } });
    const done = await bulkAssign(db, { articleId: article.id, claimIds: [claim.id, second.id], assigneeId: user.id }, user.id);
    assert.equal(done.count, 2);
    assert.equal(await db.claim.count({ where: { assigneeId: user.id } }), 2);

    await assert.rejects(
      bulkSetStatus(db, { articleId: article.id, claimIds: [claim.id, second.id], status: "in_review" }, user.id),
      (e: unknown) => e instanceof DomainError && e.code === "invalid",
    );
    assert.equal((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status, "new", "nothing changed");

    const moved = await bulkSetStatus(db, { articleId: article.id, claimIds: [claim.id], status: "dismissed", reason: "Opinion" }, user.id);
    assert.equal(moved.count, 1);
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    assert.equal(stored.status, "dismissed");
    assert.equal(stored.dismissReason, "Opinion");
    assert.equal(await db.auditEvent.count({ where: { action: "claim.status" } }), 1);
  } finally {
    await cleanup();
  }
});

test("comments are appended, audited and listed oldest first", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    const { user, claim } = await seedReviewFixture(db);
    await addComment(db, { claimId: claim.id, body: "First" }, user.id);
    await addComment(db, { claimId: claim.id, body: "Second" }, user.id);
    const comments = await listComments(db, claim.id);
    assert.deepEqual(comments.map((c) => c.body), ["First", "Second"]);
    assert.equal(comments[0]!.author?.name, "Ana Reviewer");
    assert.equal(await db.auditEvent.count({ where: { action: "comment.add" } }), 2);
  } finally {
    await cleanup();
  }
});
