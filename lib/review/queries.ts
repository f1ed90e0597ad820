import "server-only";
import { cache } from "react";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
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

/** What every claim read needs: the claim, where it and its speaker stand in the text, its score. */
const claimCoreSelect = {
  id: true,
  text: true,
  start: true,
  end: true,
  speaker: true,
  speakerStart: true,
  speakerEnd: true,
  score: true,
  checkworthy: true,
  status: true,
  groupKey: true,
  assigneeId: true,
  assignee: { select: { id: true, name: true } },
} satisfies Prisma.ClaimSelect;

/** One claim with everything its panel shows: current verdict and history, sources. */
const claimDetailSelect = {
  ...claimCoreSelect,
  reasons: true,
  dismissReason: true,
  isGroupRep: true,
  version: true,
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
} satisfies Prisma.ClaimSelect;

const articleSelect = {
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
} satisfies Prisma.ArticleSelect;

type ClaimDetailRow = Prisma.ClaimGetPayload<{ select: typeof claimDetailSelect }>;

function toWorkspaceClaim({ verdicts, reasons, ...c }: ClaimDetailRow) {
  return {
    ...c,
    reasons: parseReasons(reasons),
    verdict: verdicts.at(-1) ?? null,
    /** every verdict, newest first (the claim's verdict history) */
    history: verdicts.length > 1 ? verdicts.slice().reverse() : [],
    reviews: verdicts.map((v) => ({ authorId: v.authorId, ratingKey: v.rating.key })),
  };
}

/**
 * An article with every claim in full (verdicts, history, sources): the JSON
 * API's read. The workspace reads less: getArticleQueue + getWorkspaceClaim.
 */
export async function getArticleWorkspace(articleId: string) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { ...articleSelect, claims: { orderBy: { start: "asc" }, select: claimDetailSelect } },
  });
  if (!article) return null;
  return { ...article, claims: article.claims.map(toWorkspaceClaim) };
}

/**
 * What the workspace shell shows of an article: the text, the scale, and per
 * claim what its highlight and its queue row need (no rationales, no
 * sources; the open claim's panel reads those with getWorkspaceClaim).
 * Wrapped in React cache() so the layout and its metadata share one query.
 */
export const getArticleQueue = cache(async (articleId: string) => {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      ...articleSelect,
      claims: {
        orderBy: { start: "asc" },
        select: {
          ...claimCoreSelect,
          verdicts: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { authorId: true, rating: { select: { id: true, key: true } } } },
        },
      },
    },
  });
  if (!article) return null;
  return {
    ...article,
    claims: article.claims.map(({ verdicts, ...c }) => {
      const current = verdicts.at(-1);
      return {
        ...c,
        // the rating's colour and labels are on the article's scale (the scale locks once a claim is rated)
        verdict: current ? { rating: current.rating } : null,
        reviews: verdicts.map((v) => ({ authorId: v.authorId, ratingKey: v.rating.key })),
      };
    }),
  };
});

/** One claim of an article, in full, for its panel; null when it is not in that article. */
export async function getWorkspaceClaim(articleId: string, claimId: string) {
  const claim = await db.claim.findFirst({ where: { id: claimId, articleId }, select: claimDetailSelect });
  return claim ? toWorkspaceClaim(claim) : null;
}

/** The other claims in a duplicate group, in text order. */
export async function listGroupMembers(articleId: string, groupKey: string, exceptId: string) {
  return db.claim.findMany({
    where: { articleId, groupKey, id: { not: exceptId } },
    orderBy: { start: "asc" },
    select: { id: true, text: true },
  });
}

export type ArticleWorkspace = NonNullable<Awaited<ReturnType<typeof getArticleWorkspace>>>;
export type WorkspaceClaim = ArticleWorkspace["claims"][number];
export type WorkspaceRating = ArticleWorkspace["scale"]["ratings"][number];

/** People a claim can be assigned to: active users, by name. */
export const listAssignableUsers = cache(async () =>
  db.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
);

/** What a claim's panel needs of its article besides the claim: language, blind review, scale. */
export async function getArticleForPanel(articleId: string) {
  return db.article.findUnique({
    where: { id: articleId },
    select: { id: true, language: true, blindReview: true, scale: articleSelect.scale },
  });
}
