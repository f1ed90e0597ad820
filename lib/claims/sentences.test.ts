import { test } from "node:test";
import assert from "node:assert/strict";
import { splitBlocks } from "./blocks";
import { splitSentences } from "./sentences";

const split = (body: string, lang: "pt" | "en" = "pt") =>
  splitSentences(body, splitBlocks(body), lang).map((s) => body.slice(s.start, s.end));

test("repairs abbreviation splits", () => {
  assert.deepEqual(split("Isso mostra que o Sr. Putin precisa de ajuda. O Dr. Silva concordou."), [
    "Isso mostra que o Sr. Putin precisa de ajuda.",
    "O Dr. Silva concordou.",
  ]);
  assert.deepEqual(split("Lt. Gen. Mark Hertling said the U.S. Army sent 1,500 troops. Mr. Smith agreed.", "en"), [
    "Lt. Gen. Mark Hertling said the U.S. Army sent 1,500 troops.",
    "Mr. Smith agreed.",
  ]);
});

test("numbers with dots and commas and dates stay inside one sentence", () => {
  assert.deepEqual(split("O valor foi de R$ 1.500,00 em 12.03.2023 e a alta de 3,5%. Depois caiu."), [
    "O valor foi de R$ 1.500,00 em 12.03.2023 e a alta de 3,5%.",
    "Depois caiu.",
  ]);
});

test("headline without a final period is its own sentence", () => {
  assert.deepEqual(split("Governo anuncia corte de gastos\n\nO ministro falou."), ["Governo anuncia corte de gastos", "O ministro falou."]);
});

test("drops pieces with no letters", () => {
  assert.deepEqual(split("***\n\n2023\n\nTexto real."), ["Texto real."]);
});

test("closing quotes stay with their sentence", () => {
  assert.deepEqual(split("Ele disse: “Vamos vencer.” Depois saiu."), ["Ele disse: “Vamos vencer.”", "Depois saiu."]);
});
