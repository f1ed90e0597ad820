import type { QueueRow } from "./claim-queue";

/** A workspace claim as the layout sends it: its queue row and where its highlight stands. */
export interface WorkspaceRow extends QueueRow {
  end: number;
  speakerStart: number | null;
  speakerEnd: number | null;
}

/**
 * The workspace's claims on their way to the browser, column by column: an
 * article with thousands of claims would otherwise repeat every field name
 * and every assignee and rating id in each row of the page's RSC payload
 * (half of a 1,000-claim page was that). Repeated values are indexes into
 * small tables; -1 is "none".
 */
export interface QueueWire {
  ids: string[];
  texts: string[];
  /** start, end, speakerStart, speakerEnd per claim */
  spans: number[];
  scores: number[];
  statuses: number[];
  statusTable: string[];
  /** bit 0 check-worthy, bit 1 verdict hidden (blind review), bit 2 reviewers disagree */
  flags: number[];
  speakers: number[];
  speakerTable: string[];
  groups: number[];
  groupTable: string[];
  assignees: number[];
  assigneeTable: { id: string; name: string }[];
  verdicts: number[];
  ratingTable: { id: string; key: string }[];
}

function interner<T>(key: (value: T) => string) {
  const table: T[] = [];
  const index = new Map<string, number>();
  return {
    table,
    of(value: T | null): number {
      if (value === null) return -1;
      const k = key(value);
      let i = index.get(k);
      if (i === undefined) index.set(k, (i = table.push(value) - 1));
      return i;
    },
  };
}

export function encodeQueueRows(rows: readonly WorkspaceRow[]): QueueWire {
  const statuses = interner<string>((s) => s);
  const speakers = interner<string>((s) => s);
  const groups = interner<string>((s) => s);
  const assignees = interner<{ id: string; name: string }>((a) => a.id);
  const ratings = interner<{ id: string; key: string }>((r) => r.id);
  const wire: QueueWire = {
    ids: [], texts: [], spans: [], scores: [], statuses: [], statusTable: statuses.table, flags: [], speakers: [], speakerTable: speakers.table,
    groups: [], groupTable: groups.table, assignees: [], assigneeTable: assignees.table, verdicts: [], ratingTable: ratings.table,
  };
  for (const r of rows) {
    wire.ids.push(r.id);
    wire.texts.push(r.text);
    wire.spans.push(r.start, r.end, r.speakerStart ?? -1, r.speakerEnd ?? -1);
    wire.scores.push(r.score);
    wire.statuses.push(statuses.of(r.status));
    wire.flags.push((r.checkworthy ? 1 : 0) | (r.hideVerdict ? 2 : 0) | (r.disagreement ? 4 : 0));
    wire.speakers.push(speakers.of(r.speaker));
    wire.groups.push(groups.of(r.groupKey));
    wire.assignees.push(assignees.of(r.assigneeId ? { id: r.assigneeId, name: r.assigneeName ?? "" } : null));
    wire.verdicts.push(ratings.of(r.verdict ? { id: r.verdict.rating.id, key: r.verdict.rating.key } : null));
  }
  return wire;
}

export function decodeQueueRows(wire: QueueWire): WorkspaceRow[] {
  const at = <T>(table: T[], i: number | undefined): T | null => (i === undefined || i < 0 ? null : (table[i] ?? null));
  return wire.ids.map((id, i) => {
    const span = (k: number) => wire.spans[i * 4 + k]!;
    const nullable = (v: number) => (v < 0 ? null : v);
    const flags = wire.flags[i]!;
    const assignee = at(wire.assigneeTable, wire.assignees[i]);
    const rating = at(wire.ratingTable, wire.verdicts[i]);
    return {
      id,
      text: wire.texts[i]!,
      start: span(0),
      end: span(1),
      speakerStart: nullable(span(2)),
      speakerEnd: nullable(span(3)),
      score: wire.scores[i]!,
      status: at(wire.statusTable, wire.statuses[i]) ?? "",
      checkworthy: (flags & 1) !== 0,
      hideVerdict: (flags & 2) !== 0,
      disagreement: (flags & 4) !== 0,
      speaker: at(wire.speakerTable, wire.speakers[i]),
      groupKey: at(wire.groupTable, wire.groups[i]),
      assigneeId: assignee?.id ?? null,
      assigneeName: assignee?.name ?? null,
      verdict: rating ? { rating } : null,
    };
  });
}

const decoded = new WeakMap<QueueWire, WorkspaceRow[]>();

/** decodeQueueRows, once per payload: the text and the queue read the same one. */
export function workspaceRows(wire: QueueWire): WorkspaceRow[] {
  let rows = decoded.get(wire);
  if (!rows) decoded.set(wire, (rows = decodeQueueRows(wire)));
  return rows;
}
