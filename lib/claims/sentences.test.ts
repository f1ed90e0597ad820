import { test } from "node:test";
import assert from "node:assert/strict";
import { splitBlocks } from "./blocks";
import { splitSentences } from "./sentences";

const split = (body: string) =>
  splitSentences(body, splitBlocks(body)).map((s) => body.slice(s.start, s.end));

test("repairs abbreviation splits", () => {
  assert.deepEqual(split("Isso mostra que o Sr. Putin precisa de ajuda. O Dr. Silva concordou."), [
    "Isso mostra que o Sr. Putin precisa de ajuda.",
    "O Dr. Silva concordou.",
  ]);
  assert.deepEqual(split("Lt. Gen. Mark Hertling said the U.S. Army sent 1,500 troops. Mr. Smith agreed."), [
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

test("a hard-wrapped line, indented or not, continues its sentence", () => {
  assert.deepEqual(split("O ministro disse que\n  o orçamento cresceu. Depois saiu."), [
    "O ministro disse que\n  o orçamento cresceu.",
    "Depois saiu.",
  ]);
});

test("bullets and headlines without a final period, any kind of quote", () => {
  const body = "Inflação sobe 3% em março\n\n  • O IBGE divulgou os dados.\n  - “Os preços subiram”, disse Ana.\n* 'Caiu', afirmou o Sr. Duarte. «Basta», disse ele.";
  assert.deepEqual(split(body), [
    "Inflação sobe 3% em março",
    "O IBGE divulgou os dados.",
    "“Os preços subiram”, disse Ana.",
    "'Caiu', afirmou o Sr. Duarte.",
    "«Basta», disse ele.",
  ]);
});

test("a quotation spanning several sentences is split into its sentences", () => {
  assert.deepEqual(split("“Isso vai gerar atenção. Isso mostra que o Sr. Putin precisa de ajuda”, disse Hertling."), [
    "“Isso vai gerar atenção.",
    "Isso mostra que o Sr. Putin precisa de ajuda”, disse Hertling.",
  ]);
});
