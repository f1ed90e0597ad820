import { test } from "node:test";
import assert from "node:assert/strict";
import { isProperName, preferName } from "./speaker-np";
import { tokenize } from "./tokens";
import { lexicon } from "./lexicon";

const toks = (s: string) => tokenize(s, 0, s.length);
const span = (s: string, r: { a: number; b: number }) => {
  const t = toks(s);
  return s.slice(t[r.a]?.start ?? 0, t[r.b - 1]?.end ?? 0);
};

test("proper names allow lowercase connectors but not titles alone", () => {
  const lex = lexicon("pt");
  const t = toks("Coreia do Norte");
  assert.ok(isProperName(t, { a: 0, b: 3 }, lex));
  const p = toks("presidente Lula");
  assert.ok(!isProperName(p, { a: 0, b: 2 }, lex));
});

test("preferName keeps the name after a title, not after 'de/of/at'", () => {
  const pt = lexicon("pt");
  const en = lexicon("en");
  const a = "o presidente russo Vladimir Putin";
  assert.equal(span(a, preferName(toks(a), { a: 0, b: 5 }, pt)), "Vladimir Putin");
  const b = "o principal diplomata dos Estados Unidos";
  assert.equal(span(b, preferName(toks(b), { a: 0, b: 6 }, pt)), b);
  const c = "Secretary of State Antony Blinken";
  assert.equal(span(c, preferName(toks(c), { a: 0, b: 5 }, en)), "Antony Blinken");
  const d = "a researcher at Halden University";
  assert.equal(span(d, preferName(toks(d), { a: 0, b: 5 }, en)), d);
});
