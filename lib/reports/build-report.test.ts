import { test } from "node:test";
import assert from "node:assert/strict";
import { createTestDb } from "@/lib/db/test-db";
import { seedReviewFixture } from "@/lib/review/test-data";
import { buildReport } from "./build-report";

const publisher = { orgName: "Checagem", orgUrl: "https://checagem.example.org", publicUrl: "https://pub.example.org" };

test("the public sees only approved verdicts of published claims; the desk sees the latest verdict", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    const { user, article, claim, ratings } = await seedReviewFixture(db);
    const draft = await db.claim.create({ data: { articleId: article.id, text: "Draft claim", start: 30, end: 40, status: "in_review" } });
    const unapproved = await db.claim.create({ data: { articleId: article.id, text: "Published, unapproved", start: 41, end: 45, status: "published" } });
    await db.claim.update({ where: { id: claim.id }, data: { status: "published" } });
    await db.verdict.create({ data: { claimId: claim.id, ratingId: ratings[0]!.id, rationale: "Approved.", authorId: user.id, approvedAt: new Date("2026-01-02T00:00:00Z"), approvedById: user.id, createdAt: new Date("2026-01-01T00:00:00Z") } });
    // a newer, unapproved verdict: the desk sees it, the public keeps the approved one
    await db.verdict.create({ data: { claimId: claim.id, ratingId: ratings[4]!.id, rationale: "Newer draft.", authorId: user.id, createdAt: new Date("2026-01-03T00:00:00Z") } });
    await db.verdict.create({ data: { claimId: draft.id, ratingId: ratings[4]!.id, rationale: "Draft verdict." } });
    await db.verdict.create({ data: { claimId: unapproved.id, ratingId: ratings[4]!.id, rationale: "Not approved." } });

    const pub = await buildReport(db, { articleId: article.id, audience: "public", publisher });
    assert.deepEqual(pub?.claims.map((c) => [c.text, c.verdict?.rationale]), [["Kim is seeking food supplies", "Approved."]]);
    assert.equal(pub?.claims[0]?.publicUrl, `https://pub.example.org/r/${article.id}/${claim.id}`);
    assert.equal(pub?.article.publicUrl, `https://pub.example.org/r/${article.id}`);
    assert.deepEqual(pub?.organisation, { name: "Checagem", url: "https://checagem.example.org" });
    assert.equal(JSON.stringify(pub).includes("Draft"), false);

    const desk = await buildReport(db, { articleId: article.id, audience: "desk", publisher });
    assert.equal(desk?.claims.length, 3);
    assert.equal(desk?.claims[0]?.verdict?.rationale, "Newer draft.");

    const one = await buildReport(db, { articleId: article.id, audience: "desk", claimIds: [draft.id], publisher });
    assert.deepEqual(one?.claims.map((c) => c.id), [draft.id]);
    const none = await buildReport(db, { articleId: article.id, audience: "public", claimIds: [draft.id], publisher });
    assert.deepEqual(none?.claims, []);
    assert.equal(await buildReport(db, { articleId: "nosucharticle00", audience: "public", publisher }), null);
  } finally {
    await cleanup();
  }
});
