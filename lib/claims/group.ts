// Duplicate grouping: claims whose similarity reaches DUPLICATE_THRESHOLD are
// linked (single linkage via union-find), so headline, lede bullet and body
// sentence saying the same thing share one group.
// Representative: the most check-worthy member; ties go to the longest text
// (the most complete wording), then to the earliest.
// Articles (up to 400 candidates) compare all pairs; big bodies use candidate blocking on each
// claim's rarest stems so the pass stays near-linear (10 MB in well under 1 s).
// Stems are interned to integer ids (StemIndex), so document frequencies, postings
// and "already visited" marks are typed arrays, and Dice is one pass over a claim's
// stem ids against the other claim's weights spread by id.

import { DUPLICATE_THRESHOLD, combine as combineImport, sharesQuote as sharesQuoteImport } from "./similarity";
import { StemIndex } from "./stem-index";

// Module-local copies for the per-pair test: under tsx (CommonJS output) an
// imported binding is a getter call.
const THRESHOLD = DUPLICATE_THRESHOLD;
const combine = combineImport;
const sharesQuote = sharesQuoteImport;

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

/** Per-claim data of the duplicate pass, with stems already interned in `stems`. */
export interface IndexedClaims {
  stems: StemIndex;
  /** Quoted fragments per claim; null when the claim quotes nothing. */
  quotes: Array<Set<string> | null>;
  scores: ArrayLike<number>;
  lengths: ArrayLike<number>;
}

/** Are claims i and j duplicates? Claim i is spread into `dense` (see StemIndex.spread). */
function similar(c: IndexedClaims, i: number, j: number, dense: Float64Array): boolean {
  const qi = c.quotes[i];
  const qj = c.quotes[j];
  const shared = qi != null && qj != null && sharesQuote(qi, qj);
  // Without a shared quote the bound of Dice decides many pairs without a merge.
  if (!shared && c.stems.diceBound(i, j) < THRESHOLD) return false;
  return combine(c.stems.diceSpread(dense, i, j), shared) >= THRESHOLD;
}

/**
 * Link claim i to claim j when they are similar (and not linked yet). `ri` is
 * find(parent, i), which the caller keeps across i's candidates; returns i's
 * root afterwards.
 */
function link(c: IndexedClaims, parent: Int32Array, i: number, ri: number, j: number, dense: Float64Array): number {
  // The common case on big bodies: j already hangs right under i's root.
  if (parent[j] === ri) return ri;
  const rj = find(parent, j);
  if (ri === rj || !similar(c, i, j, dense)) return ri;
  // The smaller index stays root so keys follow first appearance.
  if (ri < rj) {
    parent[rj] = ri;
    return ri;
  }
  parent[ri] = rj;
  return rj;
}

/** Union every similar candidate pair. */
function linkCandidates(c: IndexedClaims, parent: Int32Array): void {
  const n = c.stems.count;
  const { stems } = c;
  const names = stems.names;
  // Claim i's weights by stem id while its candidates are scored (Dice without merges).
  const dense = new Float64Array(names.length);
  if (n <= ALL_PAIRS_LIMIT) {
    // Single linkage does not depend on the order pairs are tried in.
    for (let i = 0; i < n; i++) {
      stems.spread(i, dense);
      let ri = find(parent, i);
      for (let j = i + 1; j < n; j++) ri = link(c, parent, i, ri, j, dense);
      stems.unspread(i, dense);
    }
    return;
  }
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
  // Is stem a rarer than stem b? Ties by string order: deterministic.
  const rarer = (a: number, b: number): boolean => {
    const da = df[a] ?? 0;
    const db = df[b] ?? 0;
    return da < db || (da === db && (names[a] ?? "") < (names[b] ?? ""));
  };
  for (let i = 0; i < n; i++) {
    let ri = find(parent, i);
    stems.spread(i, dense);
    // The PREFIX (= 2) rarest stems, rarest first, by one linear scan.
    let r0 = -1;
    let r1 = -1;
    for (let q = stems.first(i), e = stems.first(i + 1); q < e; q++) {
      const s = stems.keyAt(q);
      if (r0 < 0 || rarer(s, r0)) {
        r1 = r0;
        r0 = s;
      } else if (r1 < 0 || rarer(s, r1)) r1 = s;
    }
    for (let x = 0; x < PREFIX; x++) {
      const s = x === 0 ? r0 : r1;
      if (s < 0) break;
      const count = filled[s] ?? 0;
      const base = s * POSTING_CAP;
      // Most recent first, at most POSTING_CAP of them.
      for (let k = count - 1; k >= 0 && k >= count - POSTING_CAP; k--) {
        const j = ring[base + (k % POSTING_CAP)] ?? 0;
        if (seenBy[j] !== i + 1) {
          seenBy[j] = i + 1;
          ri = link(c, parent, i, ri, j, dense);
        }
      }
      ring[base + (count % POSTING_CAP)] = i;
      filled[s] = count + 1;
    }
    stems.unspread(i, dense);
  }
}

/** Groups of claims 0..n-1: claim i is in group keys[i]; isRep[i] === 1 for one claim per group. */
export interface Groups {
  keys: string[];
  isRep: Uint8Array;
}

export function groupIndexed(c: IndexedClaims): Groups {
  const n = c.stems.count;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  linkCandidates(c, parent);
  // Union keeps the smaller index as root, so parent[i] <= i: one forward pass
  // finds every root (root[parent[i]] is already known), no find() per claim.
  const root = parent;
  for (let i = 0; i < n; i++) root[i] = root[parent[i] ?? i] ?? i;
  // Per root: its group key (numbered in order of first appearance) and representative.
  const keyOf: Array<string | undefined> = [];
  const rep = new Int32Array(n).fill(-1);
  let groups = 0;
  const keys: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const r = root[i] ?? i;
    let key = keyOf[r];
    if (key === undefined) keyOf[r] = key = `g${++groups}`;
    const best = rep[r] ?? -1;
    const score = c.scores[i] ?? 0;
    const bestScore = best < 0 ? 0 : (c.scores[best] ?? 0);
    if (best < 0 || score > bestScore || (score === bestScore && (c.lengths[i] ?? 0) > (c.lengths[best] ?? 0))) rep[r] = i;
    keys[i] = key;
  }
  const isRep = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const best = rep[r] ?? -1;
    if (best >= 0) isRep[best] = 1;
  }
  return { keys, isRep };
}

/** Map-based entry point (tests, small callers): interns the stems, then groups. */
export function groupClaims(items: GroupInput[]): GroupOutput[] {
  const stems = new StemIndex();
  for (const it of items) {
    for (const [k, w] of it.stems) stems.put(k, w);
    stems.end();
  }
  const { keys, isRep } = groupIndexed({
    stems,
    quotes: items.map((it) => (it.quotes.size > 0 ? it.quotes : null)),
    scores: items.map((it) => it.score),
    lengths: items.map((it) => it.length),
  });
  return keys.map((group, i) => ({ group, isGroupRep: isRep[i] === 1 }));
}
