import { test } from "node:test";
import assert from "node:assert/strict";
import { createTestDb } from "@/lib/db/test-db";
import { addSource } from "./add-source";
import { seedReviewFixture } from "./test-data";

test("adding a source stores it, records who added it, and moves a new claim into review", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    const { user, claim } = await seedReviewFixture(db);
    await addSource(db, { claimId: claim.id, url: "https://example.org/a", title: "A", stance: "supports" }, user.id);
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { sources: true } });
    assert.equal(stored.status, "in_review");
    assert.equal(stored.sources[0]?.addedById, user.id);
    assert.equal(stored.sources[0]?.excerpt, "");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "source" } });
    assert.equal(JSON.parse(audit.after ?? "{}").url, "https://example.org/a");
  } finally {
    await cleanup();
  }
});
