/** Words and dates shared by the text renderers, in the report's locale. */
const words = {
  en: {
    report: "Fact-check report",
    article: "Article",
    publishedBy: "Publisher",
    published: "Published",
    generated: "Report generated",
    claim: "Claim",
    speaker: "Said by",
    articleVoice: "the article itself",
    verdict: "Verdict",
    rationale: "Rationale",
    sources: "Sources",
    noSources: "No sources attached.",
    noVerdict: "Not yet rated",
    archived: "archived copy",
    noClaims: "No claim in this report has a verdict yet.",
    stance: { supports: "supports", refutes: "refutes", context: "context" },
  },
  "pt-BR": {
    report: "Relatório de checagem",
    article: "Reportagem",
    publishedBy: "Veículo",
    published: "Publicada em",
    generated: "Relatório gerado em",
    claim: "Alegação",
    speaker: "Dita por",
    articleVoice: "a própria reportagem",
    verdict: "Classificação",
    rationale: "Justificativa",
    sources: "Fontes",
    noSources: "Nenhuma fonte anexada.",
    noVerdict: "Ainda sem classificação",
    archived: "cópia arquivada",
    noClaims: "Nenhuma alegação deste relatório tem classificação ainda.",
    stance: { supports: "confirma", refutes: "contradiz", context: "contexto" },
  },
} as const;

export type ReportWords = (typeof words)["en"] | (typeof words)["pt-BR"];

export function reportWords(locale: string): ReportWords {
  return locale.startsWith("pt") ? words["pt-BR"] : words.en;
}

/** Calendar date in the report's locale, in UTC so every server prints the same day. */
export function formatReportDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso));
}
