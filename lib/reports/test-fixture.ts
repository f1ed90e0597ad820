import type { ReportModel } from "./report-model";

/** A small report model for renderer tests, with text that tries to break out of every format. */
export function sampleReport(overrides: Partial<ReportModel> = {}): ReportModel {
  return {
    audience: "desk",
    generatedAt: "2026-11-26T12:00:00.000Z",
    locale: "pt-BR",
    article: {
      id: "art1",
      title: "Putin e Kim",
      language: "pt",
      url: "https://example.org/putin-kim",
      publisher: "Exemplo",
      publishedAt: "2023-09-07T00:00:00.000Z",
    },
    scale: {
      name: "Claimdesk six-step",
      bestRating: 5,
      worstRating: 1,
      ratings: [
        { key: "true", label: "Verdadeiro", ratingValue: 5 },
        { key: "false", label: "Falso", ratingValue: 1 },
      ],
    },
    claims: [
      {
        id: "c1",
        text: "Kim está procurando suprimentos alimentares </script><!-- [x](javascript:alert(1))",
        speaker: "o relatório",
        start: 10,
        end: 80,
        status: "awaiting_approval",
        verdict: {
          ratingKey: "true",
          label: "Verdadeiro",
          ratingValue: 5,
          rationale: "Confirmado por **duas** fontes.",
          author: "Ana",
          createdAt: "2026-11-26T10:00:00.000Z",
          approvedBy: null,
          approvedAt: null,
        },
        sources: [
          {
            url: "https://example.org/nyt",
            title: "NYT report",
            publisher: "The New York Times",
            excerpt: "Kim seeks food",
            stance: "supports",
            archiveUrl: "https://web.archive.org/web/2023/https://example.org/nyt",
            addedBy: "Ana",
            addedAt: "2026-11-26T09:00:00.000Z",
          },
        ],
      },
    ],
    ...overrides,
  };
}
