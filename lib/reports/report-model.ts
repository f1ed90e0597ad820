/**
 * One report model, many renderers. Built from the database by
 * build-report.ts; every format (Markdown, JSON, HTML, ...) is a pure
 * function of this model, so the page, the API, the download menu and the
 * CLI all say the same thing.
 */
export type ReportAudience = "desk" | "public";

export interface ReportSource {
  url: string;
  title: string;
  publisher: string | null;
  excerpt: string;
  stance: "supports" | "refutes" | "context";
  archiveUrl: string | null;
  addedBy: string | null;
  addedAt: string; // ISO 8601
}

export interface ReportVerdict {
  ratingKey: string;
  label: string;
  /** 1 = worst … bestRating = best; null for off-scale ratings (Unverifiable) */
  ratingValue: number | null;
  rationale: string; // Markdown
  author: string | null;
  createdAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
}

export interface ReportClaim {
  id: string;
  text: string;
  speaker: string | null;
  start: number;
  end: number;
  status: string;
  /** the claim's public page (`/r/<article>/<claim>`), absolute; it answers only once the verdict is published */
  publicUrl: string;
  verdict: ReportVerdict | null;
  sources: ReportSource[];
}

export interface ReportModel {
  audience: ReportAudience;
  generatedAt: string;
  /** locale of labels and dates: pt-BR for Portuguese articles, en otherwise */
  locale: string;
  article: {
    id: string;
    title: string;
    language: string;
    url: string | null;
    publisher: string | null;
    publishedAt: string | null;
    /** the public report page (`/r/<article>`), absolute */
    publicUrl: string;
  };
  /** the fact-checking organisation that publishes the report (ClaimReview `author`) */
  organisation: { name: string; url: string };
  scale: { name: string; bestRating: number; worstRating: number; ratings: { key: string; label: string; ratingValue: number | null }[] };
  claims: ReportClaim[];
}
