import { test } from "node:test";
import assert from "node:assert/strict";
import { groupClaims, type GroupInput } from "./group";

const item = (words: string, score = 0.5, length = words.length): GroupInput => ({
  stems: new Map(words.split(" ").map((w) => [w, 1])),
  quotes: new Set(),
  score,
  length,
});

test("keys follow first appearance; one representative per group", () => {
  const out = groupClaims([item("a b c d"), item("x y z"), item("a b c e", 0.9)]);
  assert.deepEqual(out.map((o) => o.group), ["g1", "g2", "g1"]);
  assert.deepEqual(out.map((o) => o.isGroupRep), [false, true, true]);
});

test("representative ties go to the longest text", () => {
  const out = groupClaims([item("a b c", 0.5, 10), item("a b c", 0.5, 30)]);
  assert.deepEqual(out.map((o) => o.isGroupRep), [false, true]);
});

test("big inputs use blocking and still group exact repeats", () => {
  const items: GroupInput[] = [];
  for (let i = 0; i < 2000; i++) items.push(item(`w${i % 500} v${i % 7} common`));
  const out = groupClaims(items);
  assert.equal(out[0]?.group, out[500]?.group);
  assert.equal(new Set(out.map((o) => o.group)).size <= 500, true);
  const reps = out.filter((o) => o.isGroupRep).length;
  assert.equal(reps, new Set(out.map((o) => o.group)).size);
});
