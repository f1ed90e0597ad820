// Duplicate grouping: claims whose similarity reaches DUPLICATE_THRESHOLD are
// linked (single linkage via union-find), so headline, lede bullet and body
// sentence saying the same thing share one group.
// Representative: the most check-worthy member; ties go to the longest text
// (the most complete wording), then to the earliest.
// Articles (up to 400 candidates) compare all pairs; big bodies use candidate blocking on each
// claim's rarest stems so the pass stays near-linear (10 MB in well under 1 s).

import { DUPLICATE_THRESHOLD, combine, dice, sharesQuote } from "./similarity";

export interface GroupInput {
  stems: Map<string, number>;
  quotes: Set<string>;
  score: number;
  length: number;
}

export interface GroupOutput {
  group: string;
  isGroupRep: boolean;
}

const ALL_PAIRS_LIMIT = 400;
const PREFIX = 2;
const POSTING_CAP = 8;

function find(parent: Int32Array, i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r] ?? r;
  let x = i;
  while (parent[x] !== r) {
    const next = parent[x] ?? r;
    parent[x] = r;
    x = next;
  }
  return r;
}

function union(parent: Int32Array, a: number, b: number): void {
  const ra = find(parent, a);
  const rb = find(parent, b);
  // The smaller index stays root so keys follow first appearance.
  if (ra < rb) parent[rb] = ra;
  else if (rb < ra) parent[ra] = rb;
}

function similar(x: GroupInput, y: GroupInput): boolean {
  return combine(dice(x.stems, y.stems), sharesQuote(x.quotes, y.quotes)) >= DUPLICATE_THRESHOLD;
}

function candidatePairs(items: GroupInput[], visit: (i: number, j: number) => void): void {
  if (items.length <= ALL_PAIRS_LIMIT) {
    for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) visit(j, i);
    return;
  }
  // Document frequency of each stem; a claim is indexed under its rarest stems.
  const df = new Map<string, number>();
  for (const it of items) for (const s of it.stems.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const postings = new Map<string, number[]>();
  items.forEach((it, i) => {
    // The PREFIX rarest stems, by a linear scan (ties by string order: deterministic).
    const prefix: string[] = [];
    for (const s of it.stems.keys()) {
      const d = df.get(s) ?? 0;
      let at = prefix.length;
      while (at > 0) {
        const p = prefix[at - 1] ?? "";
        const dp = df.get(p) ?? 0;
        if (dp < d || (dp === d && p < s)) break;
        at--;
      }
      if (at < PREFIX) {
        prefix.splice(at, 0, s);
        if (prefix.length > PREFIX) prefix.pop();
      }
    }
    const seen = new Set<number>();
    for (const s of prefix) {
      let list = postings.get(s);
      if (!list) postings.set(s, (list = []));
      for (let k = list.length - 1; k >= 0 && k >= list.length - POSTING_CAP; k--) {
        const j = list[k];
        if (j !== undefined && !seen.has(j)) {
          seen.add(j);
          visit(i, j);
        }
      }
      list.push(i);
    }
  });
}

export function groupClaims(items: GroupInput[]): GroupOutput[] {
  const parent = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) parent[i] = i;
  candidatePairs(items, (i, j) => {
    const a = items[i];
    const b = items[j];
    if (a && b && find(parent, i) !== find(parent, j) && similar(a, b)) union(parent, i, j);
  });
  const keyOf = new Map<number, string>();
  const rep = new Map<number, number>();
  const out: GroupOutput[] = items.map((it, i) => {
    const root = find(parent, i);
    let key = keyOf.get(root);
    if (!key) keyOf.set(root, (key = `g${keyOf.size + 1}`));
    const best = rep.get(root);
    const cur = best === undefined ? undefined : items[best];
    if (!cur || it.score > cur.score || (it.score === cur.score && it.length > cur.length)) rep.set(root, i);
    return { group: key, isGroupRep: false };
  });
  for (const i of rep.values()) {
    const o = out[i];
    if (o) o.isGroupRep = true;
  }
  return out;
}
