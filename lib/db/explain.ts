import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseKind, QueryEvent } from "./create-client";

/**
 * Query plans of statements a Prisma client sent (captured with
 * `createTestDb({ onQuery })`), for tests that assert every list query is
 * served by an index. PostgreSQL plans with enable_seqscan off: on a tiny
 * test table a sequential scan is cheapest, so what matters is whether an
 * index *can* serve the query — if none can, the plan still shows Seq Scan.
 */
export async function explainQueries(kind: DatabaseKind, url: string, events: QueryEvent[]): Promise<{ sql: string; plan: string }[]> {
  const statements = events.filter((e) => /^\s*(SELECT|WITH)\b/i.test(e.query));
  if (kind === "sqlite") {
    const raw = new Database(url.replace(/^file:/, ""), { readonly: true });
    try {
      return statements.map((e) => {
        const params = (JSON.parse(e.params) as unknown[]).map((p) => (typeof p === "boolean" ? Number(p) : p));
        const rows = raw.prepare(`EXPLAIN QUERY PLAN ${e.query}`).all(...params) as { detail: string }[];
        return { sql: e.query, plan: rows.map((r) => r.detail).join("\n") };
      });
    } finally {
      raw.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET enable_seqscan = off");
    const out: { sql: string; plan: string }[] = [];
    for (const e of statements) {
      const res = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${e.query}`, JSON.parse(e.params) as unknown[]);
      out.push({ sql: e.query, plan: res.rows.map((r) => r["QUERY PLAN"]).join("\n") });
    }
    return out;
  } finally {
    await client.end();
  }
}

/** Tables that grow with the desk; a list may walk Article's index in order (it stops at LIMIT), never the others'. */
const drivingTables = ["Article"];
const growingTables = ["Claim", "Source", "Verdict", "AuditEvent"];

/**
 * Plan lines that read a growing table in full: a table scan, or an index
 * walked end to end without a condition (what Prisma's `_count` does).
 */
export function fullScans(kind: DatabaseKind, plan: string, aliases: Record<string, string> = {}): string[] {
  const lines = plan.split("\n");
  const name = (raw: string) => {
    const bare = raw.replace(/^main\./, "").replace(/"/g, "");
    return aliases[bare] ?? bare;
  };
  if (kind === "sqlite") {
    return lines.filter((l) => {
      const m = /SCAN (\S+)(.*)$/.exec(l);
      if (!m || /VIRTUAL TABLE/.test(m[2]!)) return false;
      const table = name(m[1]!);
      if (growingTables.includes(table)) return true;
      return drivingTables.includes(table) && !/USING (COVERING )?INDEX/.test(m[2]!);
    });
  }
  return lines.filter((l, i) => {
    const seq = /Seq Scan on "?(\w+)"?/.exec(l);
    if (seq) return [...drivingTables, ...growingTables].includes(name(seq[1]!));
    const idx = /(?:Index|Index Only) Scan(?: Backward)? using \S+ on "?(\w+)"?/.exec(l);
    if (!idx || !growingTables.includes(name(idx[1]!))) return false;
    return !/Index Cond:/.test(lines[i + 1] ?? "");
  });
}
