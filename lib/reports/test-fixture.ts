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
      publicUrl: "https://checagem.example.org/r/art1",
    },
    organisation: { name: "Checagem Exemplo", url: "https://checagem.example.org" },
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
        publicUrl: "https://checagem.example.org/r/art1/c1",
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

/** Text that tries to break out of every format: HTML, script, Markdown, formulas, bidi, emoji, accents. */
export const HOSTILE = {
  claim: '=HYPERLINK("http://evil.example/x","ver") </script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> \u202Eevil\u202C \u200F مرحبا 😀👨‍👩‍👧 ação é',
  speaker: "@SUM(1+1) <b>Ministério</b>",
  sourceTitle: "-2+3 </script> título",
  excerpt: "+cmd|' /C calc'!A0 \u2028 line",
  rationale: "**Falso**. <script>alert(3)</script> [clique](javascript:alert(4)) ![img](http://tracker.example/p.png) ção",
} as const;

/** The sample report with hostile text in every free-text field, published (approved) as the public sees it. */
export function hostileReport(): ReportModel {
  const model = sampleReport({ audience: "public" });
  const claim = model.claims[0]!;
  claim.text = HOSTILE.claim;
  claim.speaker = HOSTILE.speaker;
  claim.status = "published";
  claim.verdict = { ...claim.verdict!, rationale: HOSTILE.rationale, approvedBy: "Edu", approvedAt: "2026-11-26T11:00:00.000Z" };
  claim.sources[0] = { ...claim.sources[0]!, title: HOSTILE.sourceTitle, excerpt: HOSTILE.excerpt, publisher: "\t=1+1" };
  return model;
}

/** A large synthetic report (benchmarks): `n` rated claims with three sources each. */
export function syntheticReport(n: number): ReportModel {
  const base = sampleReport();
  const labels = base.scale.ratings;
  const claims = Array.from({ length: n }, (_, i) => {
    const rating = labels[i % labels.length]!;
    return {
      id: `c${String(i).padStart(9, "0")}`,
      text: `Alegação número ${i}: o governo gastou ${i * 3} milhões de reais em ${2000 + (i % 25)}, segundo a reportagem.`,
      speaker: i % 3 === 0 ? null : `Porta-voz ${i % 50}`,
      start: i * 100,
      end: i * 100 + 90,
      status: "published",
      publicUrl: `https://checagem.example.org/r/art1/c${String(i).padStart(9, "0")}`,
      verdict: {
        ratingKey: rating.key,
        label: rating.label,
        ratingValue: rating.ratingValue,
        rationale: `Segundo **os dados oficiais**, o valor correto é ${i * 2} milhões. Veja as fontes.\n\n- ponto um\n- ponto dois`,
        author: "Ana",
        createdAt: "2026-11-26T10:00:00.000Z",
        approvedBy: "Edu",
        approvedAt: "2026-11-26T11:00:00.000Z",
      },
      sources: [0, 1, 2].map((j) => ({
        url: `https://example.org/fonte/${i}/${j}`,
        title: `Fonte ${j} da alegação ${i}`,
        publisher: "Portal da Transparência",
        excerpt: "Trecho relevante do documento oficial, com números e datas de referência.",
        stance: (["supports", "refutes", "context"] as const)[j]!,
        archiveUrl: j === 0 ? `https://web.archive.org/web/2026/https://example.org/fonte/${i}/${j}` : null,
        addedBy: "Ana",
        addedAt: "2026-11-26T09:00:00.000Z",
      })),
    };
  });
  return { ...base, audience: "public", claims };
}
