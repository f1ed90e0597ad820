import { test } from "node:test";
import assert from "node:assert/strict";
import { localeForLanguage, pickLabel } from "./labels";

const labels = [
  { locale: "en", label: "False" },
  { locale: "pt-BR", label: "Falso" },
];

test("pickLabel prefers the exact locale, then the language, then English", () => {
  assert.equal(pickLabel(labels, "pt-BR"), "Falso");
  assert.equal(pickLabel(labels, "pt-PT"), "Falso");
  assert.equal(pickLabel(labels, "en-GB"), "False");
  assert.equal(pickLabel(labels, "es"), "False");
  assert.equal(pickLabel([], "en"), "?");
});

test("localeForLanguage maps article languages to UI locales", () => {
  assert.equal(localeForLanguage("pt"), "pt-BR");
  assert.equal(localeForLanguage("en"), "en");
});
