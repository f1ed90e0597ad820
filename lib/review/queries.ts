import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { parseReasons } from "./reasons";

const ratingSelect = {
  id: true,
  key: true,
  position: true,
  offScale: true,
  color: true,
  labels: { select: { locale: true, label: true } },
} as const;

/**
 * Everything the article page needs in one read: the article, its scale and
 * its claims (in text order) with their current verdict and sources.
 * Wrapped in React cache() so the page and its metadata share one query.
 */
export const getArticleWorkspace = cache(async (articleId: string) => {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      body: true,
      language: true,
      url: true,
      publisher: true,
      publishedAt: true,
      createdAt: true,
      blindReview: true,
      scale: { select: { id: true, name: true, ratings: { select: ratingSelect, orderBy: { position: "asc" } } } },
      claims: {
        orderBy: { start: "asc" },
        select: {
          id: true,
          text: true,
          start: true,
          end: true,
          speaker: true,
          speakerStart: true,
          speakerEnd: true,
          score: true,
          reasons: true,
          checkworthy: true,
          status: true,
          dismissReason: true,
          groupKey: true,
          isGroupRep: true,
          version: true,
          assigneeId: true,
          assignee: { select: { id: true, name: true } },
          // every verdict, oldest first: the last is current; the authors and
          // ratings drive blind review and agreement
          verdicts: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: {
              id: true,
              authorId: true,
              rationale: true,
              createdAt: true,
              approvedAt: true,
              version: true,
              author: { select: { id: true, name: true } },
              approvedBy: { select: { name: true } },
              rating: { select: ratingSelect },
            },
          },
          sources: {
            orderBy: { createdAt: "asc" },
            select: {
              id: true,
              url: true,
              title: true,
              publisher: true,
              excerpt: true,
              stance: true,
              archiveUrl: true,
              createdAt: true,
              addedBy: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  if (!article) return null;
  return {
    ...article,
    claims: article.claims.map(({ verdicts, reasons, ...c }) => ({
      ...c,
      reasons: parseReasons(reasons),
      verdict: verdicts.at(-1) ?? null,
      /** every verdict, newest first (the claim's verdict history) */
      history: verdicts.length > 1 ? verdicts.slice().reverse() : [],
      reviews: verdicts.map((v) => ({ authorId: v.authorId, ratingKey: v.rating.key })),
    })),
  };
});

export type ArticleWorkspace = NonNullable<Awaited<ReturnType<typeof getArticleWorkspace>>>;
export type WorkspaceClaim = ArticleWorkspace["claims"][number];
export type WorkspaceRating = ArticleWorkspace["scale"]["ratings"][number];

/** People a claim can be assigned to: active users, by name. */
export const listAssignableUsers = cache(async () =>
  db.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
);
