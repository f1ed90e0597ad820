import { test } from "node:test";
import assert from "node:assert/strict";
import { TerminalSearch, sentenceEnd } from "./boundaries";

/** The raw sentence pieces of one block (the whole text), as sentenceEnd cuts them. */
function pieces(text: string): string[] {
  const terminals = new TerminalSearch(text);
  const out: string[] = [];
  for (let start = 0; start < text.length; ) {
    const end = sentenceEnd(terminals, start, text.length);
    out.push(text.slice(start, end).trim());
    start = end;
  }
  return out;
}

test("terminal punctuation + whitespace + a capital, a quote or a digit ends a sentence", () => {
  assert.deepEqual(pieces("Ele saiu. Depois voltou."), ["Ele saiu.", "Depois voltou."]);
  assert.deepEqual(pieces("Is it? Yes! Fine."), ["Is it?", "Yes!", "Fine."]);
  assert.deepEqual(pieces("Ele disse. “Vamos vencer.”"), ["Ele disse.", "“Vamos vencer.”"]);
  assert.deepEqual(pieces("Quanto custa? 12 mil reais."), ["Quanto custa?", "12 mil reais."]);
});

test("an ellipsis ends a sentence like a period", () => {
  assert.deepEqual(pieces("Ele hesitou… Depois saiu."), ["Ele hesitou…", "Depois saiu."]);
  assert.deepEqual(pieces("Ele hesitou… e saiu."), ["Ele hesitou… e saiu."]);
  assert.deepEqual(pieces("Wait... Then go."), ["Wait...", "Then go."]);
});

test("no whitespace after the mark: numbers, dotted acronyms, glued text stay whole", () => {
  assert.deepEqual(pieces("Foram 1.500 casos e 3.5% a mais."), ["Foram 1.500 casos e 3.5% a mais."]);
  assert.deepEqual(pieces("The U.S.Army left."), ["The U.S.Army left."]);
  assert.deepEqual(pieces("Fim!Outro texto."), ["Fim!Outro texto."]);
});

test("what follows decides: lowercase, , ; : - – — and more marks continue the sentence", () => {
  assert.deepEqual(pieces("Sério? perguntou ele."), ["Sério? perguntou ele."]);
  assert.deepEqual(pieces("What? — he asked."), ["What? — he asked."]);
  assert.deepEqual(pieces("Really?! Yes."), ["Really?!", "Yes."]);
  assert.deepEqual(pieces("Ok. , Then"), ["Ok. , Then"]);
});

test("after a period, the first letter ahead decides past digits and quotes", () => {
  assert.deepEqual(pieces("Foi em 2019. 12 estados aderiram."), ["Foi em 2019. 12 estados aderiram."]);
  assert.deepEqual(pieces("Foi em 2019. 12 Estados aderiram."), ["Foi em 2019.", "12 Estados aderiram."]);
  assert.deepEqual(pieces("Fim. “os outros” ficaram."), ["Fim. “os outros” ficaram."]);
});

test("closing quotes and brackets stay with the sentence they close", () => {
  assert.deepEqual(pieces("Ele disse: “Vamos vencer.” Depois saiu."), ["Ele disse: “Vamos vencer.”", "Depois saiu."]);
  assert.deepEqual(pieces("(Veja o gráfico.) Os números caíram."), ["(Veja o gráfico.)", "Os números caíram."]);
  assert.deepEqual(pieces("\"We will win.\" She left."), ["\"We will win.\"", "She left."]);
  assert.deepEqual(pieces("Ele venceu. ”"), ["Ele venceu. ”"]);
});

test("abbreviations, initials, months with numbers and U.S. before a non-opener", () => {
  assert.deepEqual(pieces("O Sr. Putin e o Dr. Silva falaram. Lt. Gen. Hale concordou."), [
    "O Sr. Putin e o Dr. Silva falaram.",
    "Lt. Gen. Hale concordou.",
  ]);
  assert.deepEqual(pieces("Prof. J. R. Smith leu a Folha de S. Paulo."), ["Prof. J. R. Smith leu a Folha de S. Paulo."]);
  assert.deepEqual(pieces("It began on Jan. 5 in court. In March it ended."), ["It began on Jan. 5 in court.", "In March it ended."]);
  assert.deepEqual(pieces("The U.S. Army left the U.S. The next day it rained."), ["The U.S. Army left the U.S.", "The next day it rained."]);
  assert.deepEqual(pieces("Os EUA. enviaram tropas."), ["Os EUA. enviaram tropas."]);
});

test("a text without any terminal punctuation is one piece, found in linear time", () => {
  const text = "palavra ".repeat(200_000);
  const t = performance.now();
  assert.equal(pieces(text).length, 1);
  assert.ok(performance.now() - t < 2_000);
});
