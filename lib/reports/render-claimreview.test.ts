import { test } from "node:test";
import assert from "node:assert/strict";
import { claimReviewSchema, claimReviewWarnings } from "./claimreview-schema";
import { renderClaimReview, toClaimReview, toClaimReviews } from "./render-claimreview";
import { HOSTILE, hostileReport, sampleReport } from "./test-fixture";

test("ClaimReview export parses back and validates against the schema, with every mapped field", () => {
  const model = sampleReport();
  model.claims[0]!.verdict!.approvedAt = "2026-11-26T11:00:00.000Z";
  const { body } = renderClaimReview(model);
  const parsed = (JSON.parse(body) as unknown[]).map((r) => claimReviewSchema.parse(r));
  assert.equal(parsed.length, 1);
  const review = parsed[0]!;
  assert.equal(review["@context"], "https://schema.org");
  assert.equal(review["@type"], "ClaimReview");
  assert.equal(review.claimReviewed, model.claims[0]!.text);
  assert.deepEqual(review.reviewRating, { "@type": "Rating", alternateName: "Verdadeiro", ratingValue: 5, bestRating: 5, worstRating: 1 });
  assert.equal(review.url, "https://checagem.example.org/r/art1/c1");
  assert.deepEqual(review.author, { "@type": "Organization", name: "Checagem Exemplo", url: "https://checagem.example.org" });
  assert.equal(review.datePublished, "2026-11-26T11:00:00.000Z");
  assert.deepEqual(review.itemReviewed, {
    "@type": "Claim",
    author: { "@type": "Organization", name: "o relatório" },
    appearance: ["https://example.org/putin-kim"],
    datePublished: "2023-09-07T00:00:00.000Z",
  });
});

test("off-scale verdicts carry the label only; a person speaks as a Person; no speaker means the publisher", () => {
  const model = sampleReport();
  const claim = model.claims[0]!;
  claim.verdict = { ...claim.verdict!, label: "Insustentável", ratingValue: null };
  claim.speaker = "Vladimir Putin";
  const review = toClaimReview(model, claim)!;
  assert.deepEqual(review.reviewRating, { "@type": "Rating", alternateName: "Insustentável" });
  assert.deepEqual(review.itemReviewed.author, { "@type": "Person", name: "Vladimir Putin" });
  claim.speaker = null;
  assert.deepEqual(toClaimReview(model, claim)!.itemReviewed.author, { "@type": "Organization", name: "Exemplo" });
});

test("claims without a verdict are left out; the schema refuses a rating value off the scale", () => {
  const model = sampleReport();
  model.claims[0]!.verdict = null;
  assert.deepEqual(toClaimReviews(model).reviews, []);
  const bad = sampleReport();
  bad.claims[0]!.verdict!.ratingValue = 9;
  assert.throws(() => toClaimReviews(bad));
  const noUrl = sampleReport();
  noUrl.claims[0]!.publicUrl = "javascript:alert(1)";
  assert.throws(() => toClaimReviews(noUrl));
});

test("claimReviewed longer than 75 characters gives a warning, not an error", () => {
  const model = sampleReport();
  model.claims[0]!.text = "curta";
  assert.deepEqual(toClaimReviews(model).warnings, []);
  model.claims[0]!.text = "x".repeat(76);
  const { warnings } = toClaimReviews(model);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /76 characters long \(more than 75\)/);
  assert.deepEqual(claimReviewWarnings(toClaimReview(model, model.claims[0]!)!), warnings);
});

test("hostile claim text is kept as data and the export still validates", () => {
  const { body } = renderClaimReview(hostileReport());
  const [review] = JSON.parse(body) as unknown[];
  const parsed = claimReviewSchema.parse(review);
  assert.equal(parsed.claimReviewed, HOSTILE.claim.replace(/\s+/g, " ").trim());
});
