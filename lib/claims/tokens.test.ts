import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "./tokens";

test("tokens keep exact offsets, joiners and flags", () => {
  const body = "Na quinta-feira, a NBC informou 1.500 casos nos EUA.";
  const toks = tokenize(body, 0, body.length);
  for (const t of toks) assert.equal(body.slice(t.start, t.end), t.raw);
  assert.ok(toks.some((t) => t.raw === "quinta-feira" && t.norm === "quinta-feira"));
  assert.ok(toks.some((t) => t.raw === "1.500" && t.digit));
  assert.ok(toks.some((t) => t.raw === "NBC" && t.acronym && t.upper));
  assert.equal(toks.find((t) => t.raw === "informou")?.upper, false);
});

test("accents are folded in norm", () => {
  const body = "Ucrânia";
  assert.equal(tokenize(body, 0, body.length)[0]?.norm, "ucrania");
});
