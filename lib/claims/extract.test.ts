import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { extract } from "./extract";

function assertValid(body: string, claims: ReturnType<typeof extract>["claims"]): void {
  const groups = new Map<string, number>();
  let prev = -1;
  for (const c of claims) {
    assert.ok(c.start >= 0 && c.end <= body.length && c.start < c.end);
    assert.equal(c.text, body.slice(c.start, c.end));
    assert.equal(c.text, c.text.trim());
    assert.ok(c.start >= prev, "body order");
    prev = c.start;
    if (c.speaker !== null) {
      assert.ok(c.speakerStart !== null && c.speakerEnd !== null && c.speakerStart >= 0 && c.speakerEnd <= body.length);
      assert.equal(body.slice(c.speakerStart, c.speakerEnd), c.speaker);
    } else {
      assert.equal(c.speakerStart, null);
      assert.equal(c.speakerEnd, null);
    }
    assert.ok(c.score >= 0 && c.score <= 1);
    assert.equal(c.checkworthy, c.score >= 0.5);
    groups.set(c.group, (groups.get(c.group) ?? 0) + (c.isGroupRep ? 1 : 0));
  }
  for (const [g, reps] of groups) assert.equal(reps, 1, `group ${g} has ${reps} representatives`);
}

test("property: never throws, spans exact and inside the body", () => {
  const newsy = fc.array(
    fc.constantFrom("O Sr. Silva disse", " “Vamos", " vencer.”", "\n\n", "  • ", "1.500", " said", " U.S.", ",", ". ", "?", "\ud800", "'", "\"", " Kim", " segundo relatos,", "\r\n", "—"),
    { maxLength: 40 },
  ).map((xs) => xs.join(""));
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), newsy), fc.constantFrom<"pt" | "en" | undefined>("pt", "en", undefined), (body, language) => {
      assertValid(body, extract(body, { language }).claims);
    }),
    { numRuns: 400 },
  );
});

test("bad input: empty, whitespace, no sentences, garbage, lone surrogates", () => {
  for (const body of ["", "   \n\n\t", "*** --- ###", "\u0000\u0001\ud800\udc00\udfff", "\ud83d".repeat(1000)]) {
    const r = extract(body);
    assertValid(body, r.claims);
  }
  assert.deepEqual(extract("").claims, []);
  // Non-string input from an untyped caller does not crash.
  assert.deepEqual(extract(undefined as unknown as string).claims, []);
});

test("bare questions are dropped, headlines and bullets kept without markers", () => {
  const body = "Governo corta 10% do orçamento\n\n  • O corte atinge 12 ministérios.\n\nQuem vai pagar a conta?";
  const r = extract(body, { language: "pt" });
  assert.deepEqual(r.claims.map((c) => c.text), ["Governo corta 10% do orçamento", "O corte atinge 12 ministérios."]);
});

test("threshold option controls checkworthy", () => {
  const body = "A inflação caiu para 3% em maio, disse o Banco Central.";
  assert.equal(extract(body, { threshold: 0.99 }).claims[0]?.checkworthy, false);
  assert.equal(extract(body, { threshold: 0 }).claims[0]?.checkworthy, true);
});

test("10 MB one-paragraph body stays linear and valid", () => {
  const unit = "O ministro disse que a inflação caiu 3,5% em março, segundo o IBGE. ";
  const body = unit.repeat(Math.ceil(10_000_000 / unit.length));
  const t = performance.now();
  const r = extract(body);
  const ms = performance.now() - t;
  assert.ok(r.claims.length > 100_000);
  assert.ok(ms < 60_000, `took ${ms} ms`);
  const sample = r.claims.filter((_, i) => i % 997 === 0);
  assertValid(body, sample);
});
