import { test } from "node:test";
import assert from "node:assert/strict";
import { claimSimilarity, detectLanguage, DUPLICATE_THRESHOLD, extractClaims } from "./index";

test("public API shape", () => {
  const body = "Putin planeja se encontrar com Kim Jong Un, diz diplomata dos EUA.\n\n  • Kim Jong Un está planejando se encontrar com Vladimir Putin, disse o diplomata.";
  const r = extractClaims(body);
  assert.equal(r.language, "pt");
  assert.equal(r.claims.length, 2);
  const [a, b] = r.claims;
  assert.ok(a && b);
  assert.equal(a.group, "g1");
  assert.equal(b.group, "g1", "headline and bullet repeat each other");
  assert.equal(r.claims.filter((c) => c.isGroupRep).length, 1);
  assert.deepEqual(Object.keys(a).sort(), ["checkworthy", "end", "group", "isGroupRep", "reasons", "score", "speaker", "speakerEnd", "speakerStart", "start", "text"]);
  assert.equal(detectLanguage("The minister said the deficit grew."), "en");
  assert.ok(DUPLICATE_THRESHOLD > 0 && DUPLICATE_THRESHOLD < 1);
  assert.ok(claimSimilarity(a.text, b.text, "pt") >= DUPLICATE_THRESHOLD);
});

test("language override", () => {
  assert.equal(extractClaims("The minister said the deficit grew.", { language: "pt" }).language, "pt");
});
