import { test } from "node:test";
import assert from "node:assert/strict";
import { lexicon } from "./lexicon";

test("lexicon words are stored folded and lowercase", () => {
  for (const lang of ["pt", "en"] as const) {
    const lex = lexicon(lang);
    for (const set of [lex.reportingVerbs, lex.stopwords, lex.titles, lex.dateWords]) {
      for (const w of set) assert.equal(w, w.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase(), `${lang}: ${w}`);
    }
  }
  assert.ok(lexicon("pt").reportingVerbs.has("disse"));
  assert.ok(lexicon("en").reportingVerbs.has("said"));
});
