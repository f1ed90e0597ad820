import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage } from "./language";

test("detects Portuguese and English news text", () => {
  assert.equal(detectLanguage("O ministro disse na segunda-feira que a inflação caiu para 3,5% em março."), "pt");
  assert.equal(detectLanguage("The minister said on Monday that inflation fell to 3.5% in March."), "en");
});

test("empty or odd input falls back to Portuguese without throwing", () => {
  assert.equal(detectLanguage(""), "pt");
  assert.equal(detectLanguage("\ud800\udfff\u0000 12345"), "pt");
});
