import { test } from "node:test";
import assert from "node:assert/strict";
import { ratingValues } from "./rating-values";

test("best rating gets the highest value, off-scale ratings none", () => {
  const values = ratingValues([
    { id: "false", position: 2, offScale: false },
    { id: "true", position: 0, offScale: false },
    { id: "mixed", position: 1, offScale: false },
    { id: "unverifiable", position: 3, offScale: true },
  ]);
  assert.deepEqual(Object.fromEntries(values), { true: 3, mixed: 2, false: 1 });
});
