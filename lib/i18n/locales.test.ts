import { test } from "node:test";
import assert from "node:assert/strict";
import en from "./messages/en.json";
import pt from "./messages/pt-BR.json";
import { negotiateLocale } from "./locales";

test("the cookie wins, then the browser's languages by preference", () => {
  assert.equal(negotiateLocale("pt-BR", "en-US,en;q=0.9"), "pt-BR");
  assert.equal(negotiateLocale("xx", "pt-PT,pt;q=0.9,en;q=0.8"), "pt-BR");
  assert.equal(negotiateLocale(undefined, "de-DE,en;q=0.5,pt;q=0.8"), "pt-BR");
  assert.equal(negotiateLocale(undefined, "fr"), "en");
  assert.equal(negotiateLocale(undefined, null), "en");
});

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

test("English and Portuguese messages have exactly the same keys", () => {
  const a = keys(en).sort();
  const b = keys(pt).sort();
  assert.deepEqual(a.filter((k) => !b.includes(k)), [], "missing in pt-BR");
  assert.deepEqual(b.filter((k) => !a.includes(k)), [], "missing in en");
});
