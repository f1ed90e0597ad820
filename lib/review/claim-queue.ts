import { queueFilterKeys, type ClaimQueueParams, type QueueFilterKey } from "@/lib/schemas/claim-queue";

/** What the queue needs of a claim (a subset of WorkspaceClaim). */
export interface QueueClaim {
  id: string;
  start: number;
  score: number;
  status: string;
  checkworthy: boolean;
  speaker: string | null;
  groupKey: string | null;
  assigneeId: string | null;
  verdict: { rating: { key: string } } | null;
}

/**
 * One row of the workspace queue as the browser receives it: only what the
 * row shows and the filters read (the open claim's panel loads the rest).
 * The verdict is already hidden when blind review says so.
 */
export interface QueueRow extends QueueClaim {
  text: string;
  assigneeName: string | null;
  verdict: { rating: { id: string; key: string } } | null;
  hideVerdict: boolean;
  disagreement: boolean;
}

export interface QueueResult<C> {
  claims: C[];
  /** per filter, per value: how many claims match it together with every *other* active filter */
  counts: Record<QueueFilterKey, Map<string, number>>;
  /** duplicate groups (key → member count), only groups with two or more claims */
  groups: Map<string, number>;
}

function valueOf(c: QueueClaim, key: QueueFilterKey, groups: Map<string, number>): string[] {
  switch (key) {
    case "status":
      return [c.status];
    case "verdict":
      return [c.verdict?.rating.key ?? "none"];
    case "assignee":
      return [c.assigneeId ?? "none"];
    case "speaker":
      return [c.speaker ?? ""];
    case "group":
      return c.groupKey && (groups.get(c.groupKey) ?? 0) > 1 ? [c.groupKey, "any"] : [];
    case "cw":
      return [c.checkworthy ? "yes" : "no"];
  }
}

/**
 * Filters and sorts an article's claims for the queue, in one pass per
 * filter. `matchIds` (from full-text search) narrows further when given.
 * Counts are faceted: a value's count ignores its own filter, so switching
 * between values shows what you would get. Pure and O(filters × claims).
 */
export function queueClaims<C extends QueueClaim>(
  all: readonly C[],
  params: ClaimQueueParams,
  viewerId: string,
  matchIds: ReadonlySet<string> | null,
): QueueResult<C> {
  const groups = new Map<string, number>();
  for (const c of all) if (c.groupKey) groups.set(c.groupKey, (groups.get(c.groupKey) ?? 0) + 1);
  for (const [k, n] of groups) if (n < 2) groups.delete(k);

  const wanted: Partial<Record<QueueFilterKey, string>> = {};
  for (const key of queueFilterKeys) {
    const v = params[key];
    if (v !== undefined) wanted[key] = key === "assignee" && v === "me" ? viewerId : v;
  }
  const active = queueFilterKeys.filter((k) => wanted[k] !== undefined);
  const pool = matchIds ? all.filter((c) => matchIds.has(c.id)) : all;

  const counts = Object.fromEntries(queueFilterKeys.map((k) => [k, new Map<string, number>()])) as QueueResult<C>["counts"];
  const claims: C[] = [];
  for (const c of pool) {
    const values = {} as Record<QueueFilterKey, string[]>;
    let failed: QueueFilterKey | null = null;
    let failures = 0;
    for (const k of queueFilterKeys) {
      values[k] = valueOf(c, k, groups);
      if (active.includes(k) && !values[k].includes(wanted[k]!)) {
        failures++;
        failed = k;
      }
    }
    if (failures === 0) claims.push(c);
    for (const k of queueFilterKeys) {
      // counted for k when every other filter matches
      if (failures === 0 || (failures === 1 && failed === k)) {
        for (const v of values[k]) counts[k].set(v, (counts[k].get(v) ?? 0) + 1);
      }
    }
  }
  if (params.sort === "score") claims.sort((a, b) => b.score - a.score || a.start - b.start);
  return { claims, counts, groups };
}

/** The URL of the queue with some parameters changed (undefined removes one). */
export function queueHref(base: string, current: Record<string, string | undefined>, change: Record<string, string | undefined>): string {
  const merged = { ...current, ...change };
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== "" && !(k === "sort" && v === "position")) qs.set(k, v);
  const s = qs.toString();
  return s ? `${base}?${s}` : base;
}
