import { test } from "node:test";
import assert from "node:assert/strict";
import { cohenKappa, independentPair } from "./agreement";

test("kappa of a textbook table", () => {
  // 50 items: both yes 20, A yes/B no 5, A no/B yes 10, both no 15 → po 0.7, pe 0.5, kappa 0.4
  const pairs: [string, string][] = [
    ...Array.from({ length: 20 }, () => ["yes", "yes"] as [string, string]),
    ...Array.from({ length: 5 }, () => ["yes", "no"] as [string, string]),
    ...Array.from({ length: 10 }, () => ["no", "yes"] as [string, string]),
    ...Array.from({ length: 15 }, () => ["no", "no"] as [string, string]),
  ];
  const a = cohenKappa(pairs);
  assert.equal(a.pairs, 50);
  assert.equal(a.disagreements, 15);
  assert.ok(Math.abs(a.kappa! - 0.4) < 1e-9);
});

test("perfect agreement is 1, no pairs is null, total chance agreement with a disagreement is undefined", () => {
  assert.equal(cohenKappa([["true", "true"], ["false", "false"]]).kappa, 1);
  assert.equal(cohenKappa([["true", "true"]]).kappa, 1);
  assert.equal(cohenKappa([]).kappa, null);
});

test("the pair is the first two distinct reviewers, later revisions ignored", () => {
  assert.deepEqual(
    independentPair([
      { authorId: "a", ratingKey: "true" },
      { authorId: "a", ratingKey: "false" },
      { authorId: "b", ratingKey: "misleading" },
      { authorId: "c", ratingKey: "true" },
    ]),
    ["true", "misleading"],
  );
  assert.equal(independentPair([{ authorId: "a", ratingKey: "true" }]), null);
  assert.equal(independentPair([{ authorId: null, ratingKey: "true" }, { authorId: "b", ratingKey: "true" }]), null);
});
