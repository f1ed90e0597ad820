import { test } from "node:test";
import assert from "node:assert/strict";
import { claimSimilarity, DUPLICATE_THRESHOLD } from "./similarity";

test("rewordings of one claim reach the duplicate threshold", () => {
  const a = "Putin planeja se encontrar com Kim Jong Un para discutir armas.";
  const b = "O líder norte-coreano Kim Jong Un está planejando se encontrar com Vladimir Putin para discutir um acordo de armas.";
  assert.ok(claimSimilarity(a, b, "pt") >= DUPLICATE_THRESHOLD);
});

test("different claims of the same story stay apart", () => {
  const a = "Kim está planejando viajar para a Rússia neste mês.";
  const b = "Em junho, a Ucrânia lançou sua contraofensiva no sul do país.";
  assert.ok(claimSimilarity(a, b, "pt") < DUPLICATE_THRESHOLD);
});

test("a shared verbatim quote lifts similarity", () => {
  const a = "The move shows the “desperation” of the Kremlin, Blinken said.";
  const b = "Blinken told NBC that the planned trip shows the “desperation” of the Kremlin.";
  assert.ok(claimSimilarity(a, b, "en") >= DUPLICATE_THRESHOLD);
});

test("symmetric, bounded, identical = 1, empty = 0", () => {
  const a = "Inflation fell to 3% in May.";
  const b = "In May inflation dropped to 3%.";
  assert.equal(claimSimilarity(a, b, "en"), claimSimilarity(b, a, "en"));
  assert.equal(claimSimilarity(a, a, "en"), 1);
  assert.equal(claimSimilarity("", a, "en"), 0);
  const s = claimSimilarity(a, b, "en");
  assert.ok(s >= 0 && s <= 1);
});
