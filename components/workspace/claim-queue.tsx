"use client";
import { useParams, usePathname, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { ClaimList, type RowRating } from "@/components/claim-list";
import type { FormAction } from "@/lib/auth/mutation";
import { queueClaims, type QueueRow } from "@/lib/review/claim-queue";
import { claimPath } from "@/lib/review/paths";
import { workspaceRows, type QueueWire } from "@/lib/review/queue-wire";
import type { WorkspaceRating } from "@/lib/review/queries";
import { claimQueueSchema } from "@/lib/schemas/claim-queue";
import { BulkActions } from "./bulk-actions";
import { usePendingVerdicts } from "./pending-verdicts";
import { QueueFilters } from "./queue-filters";

type Match = { q: string; ids: ReadonlySet<string> | null; failed: boolean };

/**
 * Rows rendered at first, and added per "show more": an article with
 * thousands of claims stays quick to render on the server and light in the
 * browser, while filters and counts still cover every claim.
 */
const QUEUE_PAGE = 50;

/**
 * The claim queue: filters, counts, bulk actions and the rows. It lives in
 * the article's layout and filters on the client from the URL's search
 * string, so opening another claim (a new path segment) or changing a
 * filter never rebuilds the list on the server; full-text search asks
 * GET /api/articles/[id]/claim-search for the matching ids.
 */
export function ClaimQueue({
  articleId,
  rows: wire,
  ratings,
  users,
  speakers,
  viewerId,
  canAssign,
  locale,
  bulkAction,
}: {
  articleId: string;
  rows: QueueWire;
  ratings: WorkspaceRating[];
  users: { id: string; name: string }[];
  speakers: string[];
  viewerId: string;
  canAssign: boolean;
  locale: string;
  bulkAction: FormAction;
}) {
  const rows = useMemo(() => workspaceRows(wire), [wire]);
  const t = useTranslations("workspace");
  const tq = useTranslations("queue");
  const search = useSearchParams();
  const path = usePathname();
  const activeClaimId = useParams<{ claimId?: string }>().claimId ?? null;
  const searchString = search.toString();
  const params = useMemo(() => claimQueueSchema.parse(Object.fromEntries(new URLSearchParams(searchString))), [searchString]);

  const [match, setMatch] = useState<Match | null>(null);
  useEffect(() => {
    if (!params.q) return;
    const q = params.q;
    const abort = new AbortController();
    fetch(`/api/articles/${articleId}/claim-search?${new URLSearchParams({ q })}`, { signal: abort.signal })
      .then(async (res) => {
        if (!res.ok) throw new Error(`search answered ${res.status}`);
        const body = (await res.json()) as { claimIds: string[] };
        setMatch({ q, ids: new Set(body.claimIds), failed: false });
      })
      .catch(() => {
        if (!abort.signal.aborted) setMatch({ q, ids: null, failed: true });
      });
    return () => abort.abort();
    // `rows` changes after a save: a new source or rationale may match now (the old match shows meanwhile)
  }, [articleId, params.q, rows]);
  const found = params.q && match?.q === params.q ? match : null;
  const searching = !!params.q && !found;
  const matchIds = params.q ? (found?.ids ?? new Set<string>()) : null;

  // a verdict being saved shows in its row (and the counts) before the server answers
  const { pending } = usePendingVerdicts();
  const shownRows = useMemo(() => withPendingVerdicts(rows, pending, ratings), [rows, pending, ratings]);
  const [limit, setLimit] = useState(QUEUE_PAGE);
  const { claims, counts, groups } = useMemo(() => queueClaims(shownRows, params, viewerId, matchIds), [shownRows, params, viewerId, matchIds]);
  const ratingById = useMemo(() => new Map<string, RowRating>(ratings.map((r) => [r.id, r])), [ratings]);
  // rows link to their claim with the current filters; j / k follow these links
  const hrefFor = useMemo(() => {
    const qs = searchString ? `?${searchString}` : "";
    return (claimId: string) => claimPath(articleId, claimId, qs);
  }, [articleId, searchString]);

  // the open claim's row is always rendered, so j / k and aria-current find it
  const activeAt = activeClaimId ? claims.findIndex((c) => c.id === activeClaimId) : -1;
  const rendered = searching ? [] : claims.slice(0, Math.max(limit, activeAt + 1));
  const hidden = searching ? 0 : claims.length - rendered.length;

  const status = searching ? tq("searching") : found?.failed ? tq("searchFailed") : t("showing", { shown: claims.length, total: rows.length });
  return (
    <section aria-labelledby="claims-title">
      <h2 id="claims-title">{t("claimsTitle", { shown: searching ? 0 : claims.length, total: rows.length })}</h2>
      <QueueFilters path={path} params={params} counts={counts} groups={groups} ratings={ratings} users={users} speakers={speakers} viewerId={viewerId} locale={locale} />
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
      {claims.length > 0 && !searching ? <BulkActions articleId={articleId} users={users} canAssign={canAssign} action={bulkAction} /> : null}
      <ClaimList
        claims={rendered}
        activeClaimId={activeClaimId}
        hrefFor={hrefFor}
        ratings={ratingById}
        locale={locale}
        emptyText={rows.length === 0 ? t("noClaimsHint") : searching ? tq("searching") : t("noMatches")}
      />
      {hidden > 0 ? (
        <p>
          <button type="button" id="queue-show-more" className="button secondary small" onClick={() => setLimit(rendered.length + QUEUE_PAGE)}>
            {tq("showMore", { count: Math.min(hidden, QUEUE_PAGE) })}
          </button>
        </p>
      ) : null}
    </section>
  );
}

function withPendingVerdicts(rows: QueueRow[], pending: ReadonlyMap<string, string>, ratings: WorkspaceRating[]): QueueRow[] {
  if (pending.size === 0) return rows;
  return rows.map((row) => {
    const rating = pending.has(row.id) ? ratings.find((r) => r.id === pending.get(row.id)) : undefined;
    return rating ? { ...row, verdict: { rating: { id: rating.id, key: rating.key } }, hideVerdict: false } : row;
  });
}
