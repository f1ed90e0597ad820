/**
 * ClaimReview wants the claim's author as a Person or an Organization; the
 * speaker is free text from the extractor ("Putin", "o Ministério da Saúde",
 * "the report"). Words that name institutions make it an Organization;
 * anything else is taken to be a person.
 */
const organisationWords = [
  // English
  "ministry", "department", "government", "agency", "office", "council", "committee", "commission", "parliament",
  "congress", "senate", "court", "police", "army", "party", "union", "association", "federation", "institute",
  "university", "company", "corporation", "bank", "group", "foundation", "organization", "organisation", "report",
  "study", "survey", "newspaper", "network", "authority", "board", "bureau", "inc", "ltd", "llc", "plc", "ngo",
  "kremlin", "white house", "pentagon", "statement", "article",
  // Portuguese
  "ministério", "ministerio", "secretaria", "governo", "agência", "agencia", "prefeitura", "conselho", "comissão",
  "comissao", "câmara", "camara", "senado", "congresso", "tribunal", "supremo", "polícia", "policia", "exército",
  "exercito", "partido", "sindicato", "associação", "associacao", "federação", "federacao", "instituto", "universidade",
  "empresa", "banco", "grupo", "fundação", "fundacao", "organização", "organizacao", "relatório", "relatorio",
  "estudo", "pesquisa", "jornal", "rede", "autoridade", "nota", "reportagem", "s.a", "ltda", "onu", "oms",
];

const wordPattern = new RegExp(
  `(^|[^\\p{L}])(${organisationWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})($|[^\\p{L}])`,
  "iu",
);

export type SpeakerType = "Person" | "Organization";

export function speakerType(speaker: string): SpeakerType {
  return wordPattern.test(speaker) ? "Organization" : "Person";
}
