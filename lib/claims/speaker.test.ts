import { test } from "node:test";
import assert from "node:assert/strict";
import { extractClaims } from "./index";

/** Speaker of the claim containing `phrase`, checking offsets on the way. */
function speakerOf(body: string, phrase: string, language?: "pt" | "en"): string | null {
  const c = extractClaims(body, { language }).claims.find((x) => x.text.includes(phrase));
  assert.ok(c, `no claim contains ${phrase}`);
  if (c.speaker !== null) assert.equal(body.slice(c.speakerStart ?? -1, c.speakerEnd ?? -1), c.speaker);
  return c.speaker;
}

test("PT post-posed: disse/diz/acrescentou X", () => {
  assert.equal(speakerOf("A inflação caiu 2% em maio, disse o ministro da Fazenda.", "inflação"), "o ministro da Fazenda");
  assert.equal(speakerOf("Kim procura alimentos para o país, acrescentou o relatório.", "Kim"), "o relatório");
  assert.equal(speakerOf("Putin planeja armas, diz diplomata dos EUA.", "Putin"), "diplomata dos EUA");
});

test("PT apposition: the proper name wins over the title", () => {
  const body = "O secretário de Estado dos EUA, Antony Blinken, disse à NBC News na quinta-feira que a viagem mostra desespero.";
  assert.equal(speakerOf(body, "viagem"), "Antony Blinken");
  assert.equal(speakerOf("A medida mostra o desespero do Kremlin, disse o secretário de Estado dos EUA, Antony Blinken, à NBC News.", "medida"), "Antony Blinken");
});

test("PT pre-posed subject with participial insertion, and after 'mas'", () => {
  const body = "O New York Times, citando oficiais não identificados, informou na segunda-feira que Kim vai viajar.";
  assert.match(speakerOf(body, "Kim") ?? "", /New York Times/);
  assert.equal(speakerOf("A ofensiva tem sido lenta, mas Blinken disse à CNN que houve progresso.", "ofensiva"), "Blinken");
});

test("PT source phrases: segundo / de acordo com", () => {
  assert.equal(speakerOf("Segundo relatos, Kim está planejando viajar para a Rússia.", "Kim"), "relatos");
  assert.equal(speakerOf("De acordo com a consultoria, a geração térmica dobrou em agosto.", "térmica"), "a consultoria");
});

test("quote before the speaker, relative clause split off in the article's voice", () => {
  const body = "“Isso vai gerar atenção. Isso mostra que o Sr. Putin precisa de ajuda”, disse Hertling, que serviu como general na Europa.";
  const claims = extractClaims(body).claims;
  assert.equal(claims.length, 3);
  assert.deepEqual(claims.map((c) => c.speaker), ["Hertling", "Hertling", null]);
  assert.ok(claims[2]?.text.startsWith("que serviu"));
});

test("a bare quote after an attributed quote keeps the speaker", () => {
  const body = "“Eles colocaram minas”, disse Blinken. “Os ucranianos estão avançando.”";
  assert.equal(speakerOf(body, "ucranianos"), "Blinken");
});

test("EN: said X, X said, X told, according to, title + name", () => {
  assert.equal(speakerOf("Prices rose 4% in May, said the Treasury.", "Prices", "en"), "Treasury");
  assert.equal(speakerOf("\"We offered talks for eight months,\" Brandt said.", "talks", "en"), "Brandt");
  assert.equal(speakerOf("The union's secretary, Tomas Brandt, told reporters that the operator refused.", "operator", "en"), "Tomas Brandt");
  assert.equal(speakerOf("The walkout delayed 38 ships, according to the port authority.", "walkout", "en"), "the port authority");
  assert.equal(speakerOf("Dr. Ana Ruiz, a researcher at Halden University, said the dispute was the largest since 2011.", "dispute", "en"), "Ana Ruiz");
});

test("EN pronoun speaker resolves to the previous named speaker", () => {
  const body = "Ana Ruiz said the port lost 3% of its traffic. \"This is a fight about the future,\" she said.";
  assert.equal(speakerOf(body, "fight", "en"), "Ana Ruiz");
});

test("unattributed claims have a null speaker", () => {
  assert.equal(speakerOf("Em junho, a Ucrânia lançou sua contraofensiva.", "junho"), null);
});
