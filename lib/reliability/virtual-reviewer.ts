import { randomUUID } from "node:crypto";
import type { LoadClaim, LoadWorld } from "./load-world";
import { LOAD_PASSWORD } from "./load-world";

export type WriteKind = "source" | "verdict";

export interface Tally {
  requests: number;
  byStatus: Record<string, number>;
  acknowledged: { kind: WriteKind; id: string; at: number }[];
  /** refusals that carried a clear answer (409 conflict, 400 validation, 429) */
  refusedClearly: number;
  /** refusals without a usable error message: must stay 0 */
  refusedUnclearly: number;
  /** what the unclear refusals looked like, for the report */
  unclearSamples: string[];
  serverErrors: number;
  networkErrors: number;
}

export const newTally = (): Tally => ({ requests: 0, byStatus: {}, acknowledged: [], refusedClearly: 0, refusedUnclearly: 0, unclearSamples: [], serverErrors: 0, networkErrors: 0 });

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/**
 * One signed-in reviewer hammering the shared claims until the deadline:
 * adding sources (some deliberately invalid) and proposing verdicts against
 * the version they just read, so conflicts with the others happen for real.
 */
export async function runVirtualReviewer(baseUrl: string, email: string, world: LoadWorld, deadline: number, tally: Tally, maxRequests: number): Promise<void> {
  const headers = { "content-type": "application/json", origin: baseUrl };
  const signIn = await fetch(`${baseUrl}/api/session`, { method: "POST", headers, body: JSON.stringify({ email, password: LOAD_PASSWORD }) });
  if (signIn.status !== 201) throw new Error(`sign-in of ${email} failed with ${signIn.status}: ${await signIn.text()}`);
  const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const authed = { ...headers, cookie };

  while (Date.now() < deadline && tally.requests < maxRequests) {
    const claim = pick(world.claims);
    try {
      if (Math.random() < 0.55) await addSource(baseUrl, authed, claim, tally);
      else await proposeVerdict(baseUrl, authed, claim, world, tally);
    } catch {
      tally.networkErrors++; // the server went away (crash test) or the socket broke
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function addSource(baseUrl: string, headers: Record<string, string>, claim: LoadClaim, tally: Tally) {
  const invalid = Math.random() < 0.1;
  const body = {
    url: invalid ? "javascript:alert(1)" : `https://example.org/load/${randomUUID()}`,
    title: `Load source ${randomUUID().slice(0, 8)}`,
    excerpt: "Excerpt written by the load test.",
    stance: pick(["supports", "refutes", "context"]),
  };
  const res = await fetch(`${baseUrl}/api/claims/${claim.id}/sources`, { method: "POST", headers, body: JSON.stringify(body) });
  await record(res, "source", (d) => (d as { sourceId: string }).sourceId, tally);
}

async function proposeVerdict(baseUrl: string, headers: Record<string, string>, claim: LoadClaim, world: LoadWorld, tally: Tally) {
  const read = await fetch(`${baseUrl}/api/articles/${claim.articleId}`, { headers });
  tally.requests++;
  count(tally, read.status);
  if (read.status >= 500) tally.serverErrors++;
  if (!read.ok) return;
  const { claims } = (await read.json()) as { claims: { id: string; version: number }[] };
  const version = claims.find((c) => c.id === claim.id)?.version ?? 1;
  const body = { ratingId: pick(world.ratingIds), rationale: `Load rationale ${randomUUID()}`, expectedVersion: version };
  const res = await fetch(`${baseUrl}/api/claims/${claim.id}/verdicts`, { method: "POST", headers, body: JSON.stringify(body) });
  await record(res, "verdict", (d) => (d as { verdictId: string }).verdictId, tally);
}

function count(tally: Tally, status: number) {
  tally.byStatus[status] = (tally.byStatus[status] ?? 0) + 1;
}

async function record(res: Response, kind: WriteKind, idOf: (data: unknown) => string, tally: Tally) {
  tally.requests++;
  count(tally, res.status);
  const text = await res.text();
  let data: { error?: string } | null = null;
  try {
    data = JSON.parse(text) as { error?: string };
  } catch {
    data = null;
  }
  if (res.status === 201 && data) tally.acknowledged.push({ kind, id: idOf(data), at: Date.now() });
  else if (res.status >= 500) tally.serverErrors++;
  else if ([400, 409, 429].includes(res.status) && typeof data?.error === "string" && data.error.length > 0) tally.refusedClearly++;
  else {
    tally.refusedUnclearly++;
    if (tally.unclearSamples.length < 5) tally.unclearSamples.push(`${res.status} ${text.slice(0, 200)}`);
  }
}
