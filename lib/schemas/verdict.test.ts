import { test } from "node:test";
import assert from "node:assert/strict";
import { z } from "zod";
import { saveVerdictSchema } from "./verdict";

test("a verdict needs a rating, a rationale and the version it was based on", () => {
  const r = saveVerdictSchema.safeParse({ claimId: "cm1abcdefghij", ratingId: "", rationale: "  ", expectedVersion: "3" });
  assert.equal(r.success, false);
  const errors = z.flattenError(r.error!).fieldErrors;
  assert.deepEqual(errors.ratingId, ["Choose a verdict from the scale"]);
  assert.deepEqual(errors.rationale, ["Rationale is required"]);
});

test("version arrives as a form string and is coerced", () => {
  const v = saveVerdictSchema.parse({ claimId: "cm1abcdefghij", ratingId: "cm1ratingabcd", rationale: "ok", expectedVersion: "3" });
  assert.equal(v.expectedVersion, 3);
  assert.equal(saveVerdictSchema.safeParse({ ...v, expectedVersion: "0" }).success, false);
});
