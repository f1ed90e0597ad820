import "server-only";
import { db as defaultDb, type Db } from "@/lib/db/client";

/**
 * The desk's dashboard figures, each from one grouped query served by an
 * index (counts read indexes only, so they grow with the desk but cheaply):
 * - verdict distribution: the *current* (latest) verdict of every claim, by rating;
 * - work per person: verdicts proposed, sources added, comments, open claims assigned;
 * - the claims waiting for an editor's approval, oldest first.
 */
export async function getDashboard(db: Db = defaultDb) {
  const [perRating, verdictsBy, sourcesBy, commentsBy, assignedBy, waiting, waitingCount] = await Promise.all([
    currentVerdictsByRating(db),
    db.verdict.groupBy({ by: ["authorId"], _count: { _all: true } }),
    db.source.groupBy({ by: ["addedById"], _count: { _all: true } }),
    db.comment.groupBy({ by: ["authorId"], _count: { _all: true } }),
    // "not null" lets both databases count from the (assigneeId, status) index alone
    db.claim.groupBy({ by: ["assigneeId"], where: { assigneeId: { not: null }, status: { in: ["new", "in_review", "awaiting_approval"] } }, _count: { _all: true } }),
    db.claim.findMany({
      where: { status: "awaiting_approval" },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: 20,
      select: { id: true, text: true, articleId: true, article: { select: { title: true } }, updatedAt: true },
    }),
    db.claim.count({ where: { status: "awaiting_approval" } }),
  ]);

  const ratings = await db.rating.findMany({
    where: { id: { in: [...perRating.keys()] } },
    orderBy: [{ scaleId: "asc" }, { position: "asc" }],
    select: { id: true, color: true, labels: { select: { locale: true, label: true } }, scale: { select: { name: true } } },
  });
  const distribution = ratings.map((r) => ({ ...r, count: perRating.get(r.id) ?? 0 }));

  const people = new Map<string, { verdicts: number; sources: number; comments: number; assigned: number }>();
  const bump = (id: string | null, key: "verdicts" | "sources" | "comments" | "assigned", n: number) => {
    if (!id) return;
    const row = people.get(id) ?? { verdicts: 0, sources: 0, comments: 0, assigned: 0 };
    row[key] += n;
    people.set(id, row);
  };
  for (const r of verdictsBy) bump(r.authorId, "verdicts", r._count._all);
  for (const r of sourcesBy) bump(r.addedById, "sources", r._count._all);
  for (const r of commentsBy) bump(r.authorId, "comments", r._count._all);
  for (const r of assignedBy) bump(r.assigneeId, "assigned", r._count._all);
  const names = await db.user.findMany({ where: { id: { in: [...people.keys()] } }, select: { id: true, name: true } });
  const work = names.map((u) => ({ id: u.id, name: u.name, ...people.get(u.id)! })).sort((a, b) => b.verdicts - a.verdicts || a.name.localeCompare(b.name));

  return { distribution, work, waiting, waitingCount };
}
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

/**
 * How many claims' current (newest) verdict has each rating: claims counted
 * by `currentRatingId`, which database triggers keep on every claim
 * (migration 20261126080000_current_rating), from its index alone. Loading
 * the claims with their newest verdict instead (as this once did) bound
 * every claim id as a parameter: past 32,766 rated claims SQLite refused it
 * and the desk's home page failed.
 */
async function currentVerdictsByRating(db: Db): Promise<Map<string, number>> {
  const rows = await db.claim.groupBy({ by: ["currentRatingId"], where: { currentRatingId: { not: null } }, _count: { _all: true } });
  return new Map(rows.flatMap((r) => (r.currentRatingId ? [[r.currentRatingId, r._count._all] as const] : [])));
}
