import { test } from "node:test";
import assert from "node:assert/strict";
import { createTestDb } from "@/lib/db/test-db";
import { DomainError } from "@/lib/errors";
import { recordVerdict } from "@/lib/review/record-verdict";
import { seedReviewFixture } from "@/lib/review/test-data";
import { saveScaleSchema } from "@/lib/schemas/scale";
import { ensureScale } from "./ensure-scale";
import { scalePresets } from "./presets";
import { saveScale, setArticleScale } from "./save-scale";

const form = {
  name: "Desk scale",
  "ratings.0.labelEn": "Accurate",
  "ratings.0.labelPt": "Correto",
  "ratings.0.color": "#15803d",
  "ratings.1.labelEn": "Wrong",
  "ratings.1.labelPt": "Errado",
  "ratings.1.color": "#b91c1c",
  "ratings.2.labelEn": "",
  "ratings.2.labelPt": "",
};

test("every preset has unique keys, colours and both languages", () => {
  for (const preset of scalePresets) {
    assert.equal(new Set(preset.ratings.map((r) => r.key)).size, preset.ratings.length, preset.key);
    for (const r of preset.ratings) {
      assert.match(r.color, /^#[0-9a-f]{6}$/);
      assert.ok(r.labels.en && r.labels["pt-BR"]);
    }
  }
  assert.equal(scalePresets.length, 4);
});

test("a custom scale is created from form rows, in order, with labels per language", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    const { user } = await seedReviewFixture(db);
    const input = saveScaleSchema.parse(form);
    assert.equal(input.ratings.length, 2);
    const { scaleId } = await saveScale(db, input, user.id);
    const ratings = await db.rating.findMany({ where: { scaleId }, orderBy: { position: "asc" }, include: { labels: true } });
    assert.deepEqual(ratings.map((r) => r.key), ["accurate", "wrong"]);
    assert.equal(ratings[0]!.labels.find((l) => l.locale === "pt-BR")?.label, "Correto");

    // edit: reorder and relabel
    await saveScale(db, saveScaleSchema.parse({ scaleId, name: "Desk scale 2", "ratings.0.id": ratings[1]!.id, "ratings.0.labelEn": "Wrong!", "ratings.0.labelPt": "Errado!", "ratings.0.color": "#b91c1c", "ratings.1.id": ratings[0]!.id, "ratings.1.labelEn": "Accurate", "ratings.1.labelPt": "Correto", "ratings.1.color": "#15803d" }), user.id);
    const after = await db.rating.findMany({ where: { scaleId }, orderBy: { position: "asc" }, include: { labels: true } });
    assert.deepEqual(after.map((r) => r.key), ["wrong", "accurate"]);
    assert.equal(after[0]!.labels.find((l) => l.locale === "en")?.label, "Wrong!");
  } finally {
    await cleanup();
  }
});

test("an article's scale can change only before its first verdict", async () => {
  const { db, cleanup } = await createTestDb();
  try {
    const { user, article, claim, ratings } = await seedReviewFixture(db);
    const other = await db.$transaction((tx) => ensureScale(tx, scalePresets[2]!));
    await setArticleScale(db, { articleId: article.id, scaleId: other }, user.id);
    assert.equal((await db.article.findUniqueOrThrow({ where: { id: article.id } })).scaleId, other);
    await setArticleScale(db, { articleId: article.id, scaleId: ratings[0]!.scaleId }, user.id);
    await recordVerdict(db, { claimId: claim.id, ratingId: ratings[0]!.id, rationale: "x", expectedVersion: 1 }, user.id);
    await assert.rejects(setArticleScale(db, { articleId: article.id, scaleId: other }, user.id), (e: unknown) => e instanceof DomainError && e.code === "invalid");
  } finally {
    await cleanup();
  }
});
