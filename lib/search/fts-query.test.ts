import { test } from "node:test";
import assert from "node:assert/strict";
import { ftsMatchExpression, ftsWithinArticle, searchPrefixes, searchWords } from "./fts-query";

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

test("an article scope is the article's id as one hex token, and the words in the body column", () => {
  assert.equal(ftsWithinArticle(`("seca")`, "seed-pt-1"), `article : "736565642d70742d31" AND body : (("seca"))`);
});

test("stems become the exact indexed words they stand for; a stem with too many stays a prefix", () => {
  assert.deepEqual(searchPrefixes("desempregados strikes"), ["desempreg", "desempregado", "strik", "strike"]);
  const expansions = new Map([
    ["desempreg", ["desemprego", "desempregados"]],
    ["desempregado", null],
  ]);
  assert.equal(ftsMatchExpression("desempregados", expansions), `("desempregados" OR "desemprego" OR "desempregado"*)`);
  assert.equal(ftsMatchExpression("desempregados", new Map([["desempreg", []], ["desempregado", []]])), `("desempregados")`, "no indexed word: only the word itself");
});
