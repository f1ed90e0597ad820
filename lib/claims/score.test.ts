import { test } from "node:test";
import assert from "node:assert/strict";
import { scoreClaim } from "./score";
import { tokenize } from "./tokens";
import { lexicon } from "./lexicon";

const score = (text: string, language: "pt" | "en", extra: Partial<{ named: boolean | null; verb: boolean; quote: boolean }> = {}) =>
  scoreClaim({
    text,
    tokens: tokenize(text, 0, text.length),
    speakerNamed: extra.named ?? null,
    speakerSpan: null,
    hasReportingVerb: extra.verb ?? false,
    hasQuote: extra.quote ?? false,
    language,
    lex: lexicon(language),
  });

test("numbers, dates and names raise the score", () => {
  const s = score("Em junho, a Ucrânia lançou sua contraofensiva no sul do país.", "pt");
  assert.ok(s.score >= 0.5);
  assert.ok(s.reasons.includes("contains a number or date"));
  assert.ok(s.reasons.includes("names an entity (proper name or acronym)"));
});

test("named speaker and quotes are reasons", () => {
  const s = score("The port handled 9 million containers, Halden officials said.", "en", { named: true, verb: true, quote: true });
  assert.ok(s.reasons.includes("attributed to a named speaker"));
  assert.ok(s.reasons.includes("contains quoted speech"));
});

test("predictions, opinions, wishes and emotive talk are lowered", () => {
  assert.ok(score("Isso vai gerar muita atenção.", "pt").score < 0.3);
  assert.ok(score("I think we should be proud of this city!", "en").score < 0.3);
  assert.ok(score("Esperamos que o governo ouça a população.", "pt").score < 0.3);
  assert.ok(score("The economy will grow next year.", "en").reasons.includes("prediction / future (lowered)"));
});

test("comparisons and causal links are reasons", () => {
  assert.ok(score("Exports were higher than in 2019 because of the weak dollar.", "en").reasons.includes("causal claim"));
  assert.ok(score("É o menor nível desde 2014.", "pt").reasons.includes("comparison or superlative"));
});

test("score stays in [0, 1]", () => {
  for (const t of ["", "?", "Nobody knows!", "A 1 2 3 4 5 6 7 8 Brasil EUA ONU mais porque"]) {
    const s = score(t, "pt").score;
    assert.ok(s >= 0 && s <= 1);
  }
});
