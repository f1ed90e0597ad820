import { test } from "node:test";
import assert from "node:assert/strict";
import { fold, safeCut, trimRange } from "./text-utils";

test("fold lowercases and strips accents", () => {
  assert.equal(fold("Ação"), "acao");
  assert.equal(fold("NBC"), "nbc");
});

test("trimRange and safeCut", () => {
  assert.deepEqual(trimRange("  ab \u00a0", 0, 6), [2, 4]);
  const s = "a😀b";
  assert.equal(safeCut(s, 2), 1);
  assert.equal(safeCut(s, 3), 3);
});
