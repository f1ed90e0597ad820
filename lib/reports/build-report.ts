import type { Db } from "@/lib/db/create-client";
import { localeForLanguage, pickLabel } from "@/lib/ratings/labels";
import { articlePublicPath, claimPublicPath, publisherConfig, type PublisherConfig } from "./publisher-config";
import { ratingValues } from "./rating-values";
import type { ReportAudience, ReportClaim, ReportModel, ReportSource } from "./report-model";

export interface BuildReportOptions {
  articleId: string;
  /** limit the report to these claims (a selection, or one claim) */
  claimIds?: string[];
  audience: ReportAudience;
  now?: Date;
  /** organisation and public base URL; defaults to the environment (publisher-config.ts) */
  publisher?: PublisherConfig;
}

/**
 * Reads an article and its rated claims into the report model. The desk sees
 * each claim's latest verdict; the public sees only approved verdicts of
 * published claims. Returns null when the article does not exist.
 */
export async function buildReport(db: Db, options: BuildReportOptions): Promise<ReportModel | null> {
  const isPublic = options.audience === "public";
  const publisher = options.publisher ?? publisherConfig();
  const article = await db.article.findUnique({
    where: { id: options.articleId },
    select: {
      id: true,
      title: true,
      language: true,
      url: true,
      publisher: true,
      publishedAt: true,
      scale: {
        select: {
          name: true,
          ratings: { orderBy: { position: "asc" }, select: { id: true, key: true, position: true, offScale: true, labels: { select: { locale: true, label: true } } } },
        },
      },
      claims: {
        where: {
          ...(options.claimIds ? { id: { in: options.claimIds } } : {}),
          ...(isPublic ? { status: "published" } : {}),
          verdicts: { some: isPublic ? { approvedAt: { not: null } } : {} },
        },
        orderBy: { start: "asc" },
        select: {
          id: true,
          text: true,
          speaker: true,
          start: true,
          end: true,
          status: true,
          verdicts: {
            where: isPublic ? { approvedAt: { not: null } } : {},
            orderBy: { createdAt: "desc" },
            take: 1,
            select: {
              ratingId: true,
              rationale: true,
              createdAt: true,
              approvedAt: true,
              author: { select: { name: true } },
              approvedBy: { select: { name: true } },
            },
          },
          sources: {
            orderBy: { createdAt: "asc" },
            select: { url: true, title: true, publisher: true, excerpt: true, stance: true, archiveUrl: true, createdAt: true, addedBy: { select: { name: true } } },
          },
        },
      },
    },
  });
  if (!article) return null;

  const locale = localeForLanguage(article.language);
  const values = ratingValues(article.scale.ratings);
  const ratings = article.scale.ratings.map((r) => ({
    id: r.id,
    key: r.key,
    label: pickLabel(r.labels, locale),
    ratingValue: values.get(r.id) ?? null,
  }));
  const ratingById = new Map(ratings.map((r) => [r.id, r]));

  const claims: ReportClaim[] = article.claims.map((c) => {
    const v = c.verdicts[0];
    const rating = v ? ratingById.get(v.ratingId) : undefined;
    return {
      id: c.id,
      text: c.text,
      speaker: c.speaker,
      start: c.start,
      end: c.end,
      status: c.status,
      publicUrl: publisher.publicUrl + claimPublicPath(article.id, c.id),
      verdict:
        v && rating
          ? {
              ratingKey: rating.key,
              label: rating.label,
              ratingValue: rating.ratingValue,
              rationale: v.rationale,
              author: v.author?.name ?? null,
              createdAt: v.createdAt.toISOString(),
              approvedBy: v.approvedBy?.name ?? null,
              approvedAt: v.approvedAt?.toISOString() ?? null,
            }
          : null,
      sources: c.sources.map(
        (s): ReportSource => ({
          url: s.url,
          title: s.title,
          publisher: s.publisher,
          excerpt: s.excerpt,
          stance: s.stance as ReportSource["stance"],
          archiveUrl: s.archiveUrl,
          addedBy: s.addedBy?.name ?? null,
          addedAt: s.createdAt.toISOString(),
        }),
      ),
    };
  });

  const onScale = [...values.values()];
  return {
    audience: options.audience,
    generatedAt: (options.now ?? new Date()).toISOString(),
    locale,
    article: {
      id: article.id,
      title: article.title,
      language: article.language,
      url: article.url,
      publisher: article.publisher,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      publicUrl: publisher.publicUrl + articlePublicPath(article.id),
    },
    organisation: { name: publisher.orgName, url: publisher.orgUrl },
    scale: {
      name: article.scale.name,
      bestRating: onScale.length ? Math.max(...onScale) : 1,
      worstRating: 1,
      ratings: ratings.map(({ key, label, ratingValue }) => ({ key, label, ratingValue })),
    },
    claims,
  };
}
