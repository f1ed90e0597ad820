import { localeForLanguage, pickLabel } from "@/lib/ratings/labels";
import type { ArticleWorkspace } from "./queries";

/** The public JSON shape of GET /api/articles/[id]. */
export function toApiArticle(w: ArticleWorkspace) {
  const locale = localeForLanguage(w.language);
  return {
    article: {
      id: w.id,
      title: w.title,
      body: w.body,
      language: w.language,
      url: w.url,
      publisher: w.publisher,
      publishedAt: w.publishedAt?.toISOString() ?? null,
    },
    claims: w.claims.map((c) => ({
      id: c.id,
      text: c.text,
      start: c.start,
      end: c.end,
      speaker: c.speaker,
      speakerStart: c.speakerStart,
      speakerEnd: c.speakerEnd,
      score: c.score,
      checkworthy: c.checkworthy,
      reasons: c.reasons,
      group: c.groupKey,
      status: c.status,
      version: c.version,
      verdict: c.verdict && {
        rating: c.verdict.rating.key,
        label: pickLabel(c.verdict.rating.labels, locale),
        rationale: c.verdict.rationale,
        author: c.verdict.author?.name ?? null,
        createdAt: c.verdict.createdAt.toISOString(),
        approvedAt: c.verdict.approvedAt?.toISOString() ?? null,
      },
      sources: c.sources.map((s) => ({
        id: s.id,
        url: s.url,
        title: s.title,
        publisher: s.publisher,
        excerpt: s.excerpt,
        stance: s.stance,
        archiveUrl: s.archiveUrl,
        addedBy: s.addedBy?.name ?? null,
        createdAt: s.createdAt.toISOString(),
      })),
    })),
  };
}
