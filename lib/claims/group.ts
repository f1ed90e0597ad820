// Duplicate grouping: claims whose similarity reaches DUPLICATE_THRESHOLD are
// linked (single linkage via union-find), so headline, lede bullet and body
// sentence saying the same thing share one group.
// Representative: the most check-worthy member; ties go to the longest text
// (the most complete wording), then to the earliest.
// Articles (up to 400 candidates) compare all pairs; big bodies use candidate blocking on each
// claim's rarest stems so the pass stays near-linear (10 MB in well under 1 s).
// Stems are interned to integer ids (StemIndex), so document frequencies, postings
// and "already visited" marks are typed arrays, and Dice is a merge of sorted ids.

import { DUPLICATE_THRESHOLD, combine, sharesQuote } from "./similarity";
import { StemIndex } from "./stem-index";

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

/** Per-claim data of the duplicate pass, with stems already interned in `stems`. */
export interface IndexedClaims {
  stems: StemIndex;
  /** Quoted fragments per claim; null when the claim quotes nothing. */
  quotes: Array<Set<string> | null>;
  scores: ArrayLike<number>;
  lengths: ArrayLike<number>;
}

function similar(c: IndexedClaims, i: number, j: number): boolean {
  const qi = c.quotes[i];
  const qj = c.quotes[j];
  const shared = qi != null && qj != null && sharesQuote(qi, qj);
  // Without a shared quote the bound of Dice decides most pairs without a merge.
  if (!shared && c.stems.diceBound(i, j) < DUPLICATE_THRESHOLD) return false;
  return combine(c.stems.dice(i, j), shared) >= DUPLICATE_THRESHOLD;
}

function candidatePairs(c: IndexedClaims, visit: (i: number, j: number) => void): void {
  const n = c.stems.count;
  if (n <= ALL_PAIRS_LIMIT) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) visit(j, i);
    return;
  }
  const { stems } = c;
  const names = stems.names;
  // Document frequency of each stem; a claim is indexed under its rarest stems.
  const df = new Int32Array(names.length);
  for (let p = 0, e = stems.first(n); p < e; p++) {
    const id = stems.keyAt(p);
    df[id] = (df[id] ?? 0) + 1;
  }
  // The last POSTING_CAP claims indexed under each stem, as a ring per stem.
  const ring = new Int32Array(names.length * POSTING_CAP);
  const filled = new Int32Array(names.length);
  // seenBy[j] === i + 1: claim j was already visited from claim i.
  const seenBy = new Int32Array(n);
  const prefix: number[] = [];
  for (let i = 0; i < n; i++) {
    // The PREFIX rarest stems, by a linear scan (ties by string order: deterministic).
    prefix.length = 0;
    for (let q = stems.first(i), e = stems.first(i + 1); q < e; q++) {
      const s = stems.keyAt(q);
      const d = df[s] ?? 0;
      let at = prefix.length;
      while (at > 0) {
        const p = prefix[at - 1] ?? 0;
        const dp = df[p] ?? 0;
        if (dp < d || (dp === d && (names[p] ?? "") < (names[s] ?? ""))) break;
        at--;
      }
      if (at < PREFIX) {
        prefix.splice(at, 0, s);
        if (prefix.length > PREFIX) prefix.pop();
      }
    }
    for (const s of prefix) {
      const count = filled[s] ?? 0;
      const base = s * POSTING_CAP;
      // Most recent first, at most POSTING_CAP of them.
      for (let k = count - 1; k >= 0 && k >= count - POSTING_CAP; k--) {
        const j = ring[base + (k % POSTING_CAP)] ?? 0;
        if (seenBy[j] !== i + 1) {
          seenBy[j] = i + 1;
          visit(i, j);
        }
      }
      ring[base + (count % POSTING_CAP)] = i;
      filled[s] = count + 1;
    }
  }
}

export function groupIndexed(c: IndexedClaims): GroupOutput[] {
  const n = c.stems.count;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  candidatePairs(c, (i, j) => {
    if (find(parent, i) !== find(parent, j) && similar(c, i, j)) union(parent, i, j);
  });
  const keyOf = new Map<number, string>();
  const rep = new Map<number, number>();
  const out: GroupOutput[] = new Array<GroupOutput>(n);
  for (let i = 0; i < n; i++) {
    const root = find(parent, i);
    let key = keyOf.get(root);
    if (!key) keyOf.set(root, (key = `g${keyOf.size + 1}`));
    const best = rep.get(root);
    const score = c.scores[i] ?? 0;
    const bestScore = best === undefined ? 0 : (c.scores[best] ?? 0);
    if (best === undefined || score > bestScore || (score === bestScore && (c.lengths[i] ?? 0) > (c.lengths[best] ?? 0))) rep.set(root, i);
    out[i] = { group: key, isGroupRep: false };
  }
  for (const i of rep.values()) {
    const o = out[i];
    if (o) o.isGroupRep = true;
  }
  return out;
}

/** Map-based entry point (tests, small callers): interns the stems, then groups. */
export function groupClaims(items: GroupInput[]): GroupOutput[] {
  const stems = new StemIndex();
  for (const it of items) {
    for (const [k, w] of it.stems) stems.put(k, w);
    stems.end();
  }
  return groupIndexed({
    stems,
    quotes: items.map((it) => (it.quotes.size > 0 ? it.quotes : null)),
    scores: items.map((it) => it.score),
    lengths: items.map((it) => it.length),
  });
}
