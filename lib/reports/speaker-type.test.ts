import { test } from "node:test";
import assert from "node:assert/strict";
import { speakerType } from "./speaker-type";

test("institutions are Organizations, names are Persons", () => {
  for (const org of ["o Ministério da Saúde", "the Ministry of Defence", "o relatório", "Governo federal", "Kremlin", "Banco Central", "a Polícia Federal"]) {
    assert.equal(speakerType(org), "Organization", org);
  }
  for (const person of ["Vladimir Putin", "Kim Jong Un", "Lula", "Ana Souza", "Dmitry Peskov"]) assert.equal(speakerType(person), "Person", person);
});
