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
    stanceLabel: "Stance",
    excerpt: "Excerpt",
    link: "Link",
    verdictDate: "Verdict date",
    claimPage: "Permanent link to this fact-check",
    methodology: "Methodology",
    methodologyText:
      "Each claim was chosen because it can be checked against evidence. A reviewer searched for primary and independent sources, recorded every source used (with an archived copy where one exists) and explained the verdict in the rationale. Every source is listed so that readers can follow and repeat the work.",
    approvalText: "Each verdict was approved by an editor before publication.",
    draftText: "Desk copy: this report may contain verdicts that have not been approved for publication.",
    scaleIntro: "Verdicts use this rating scale, from best to worst:",
    offScale: "outside the scale",
    corrections: "Corrections",
    correctionsText: (org: string, url: string) =>
      `If you find an error or a missing source, tell ${org} (${url}). Corrections are published on this page with the date and what changed.`,
    reportBy: "Published by",
    downloads: "Download this report",
    fullReport: "All fact-checks of this article",
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
    stanceLabel: "Posição",
    excerpt: "Trecho",
    link: "Link",
    verdictDate: "Data da classificação",
    claimPage: "Link permanente desta checagem",
    methodology: "Metodologia",
    methodologyText:
      "Cada alegação foi escolhida por poder ser verificada com evidências. Um checador buscou fontes primárias e independentes, registrou todas as fontes usadas (com cópia arquivada quando existe) e explicou a classificação na justificativa. Todas as fontes estão listadas para que o leitor possa refazer o trabalho.",
    approvalText: "Cada classificação foi aprovada por um editor antes da publicação.",
    draftText: "Cópia da redação: este relatório pode conter classificações ainda não aprovadas para publicação.",
    scaleIntro: "As classificações seguem esta escala, da melhor para a pior:",
    offScale: "fora da escala",
    corrections: "Correções",
    correctionsText: (org: string, url: string) =>
      `Se encontrar um erro ou uma fonte que falta, avise ${org} (${url}). Correções são publicadas nesta página, com a data e o que mudou.`,
    reportBy: "Publicado por",
    downloads: "Baixar este relatório",
    fullReport: "Todas as checagens desta reportagem",
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
