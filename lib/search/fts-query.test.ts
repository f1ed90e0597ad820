import { test } from "node:test";
import assert from "node:assert/strict";
import { ftsMatchExpression, searchWords } from "./fts-query";

test("search words are letters and digits only, lower-cased, deduplicated", () => {
  assert.deepEqual(searchWords(`Reservatórios "drop" OR x* -- ; NEAR(a b)`), ["reservatórios", "drop", "or", "x", "near", "a", "b"]);
  assert.deepEqual(searchWords("  !!  "), []);
});

test("each word matches itself or a prefix of its Portuguese or English stem, accents folded", () => {
  assert.equal(ftsMatchExpression("Reservatórios"), `("reservatorios" OR "reservatori"* OR "reservatorio"*)`);
  assert.equal(ftsMatchExpression("strikes ações"), `("strikes" OR "strik"* OR "strike"*) AND ("acoes" OR "aco"*)`);
  assert.equal(ftsMatchExpression(""), null);
  // FTS operators typed by the user stay quoted words, never syntax
  assert.ok(!/NEAR\(|\bOR\b\s*\*/.test(ftsMatchExpression("NEAR(a b) OR") ?? ""));
});
