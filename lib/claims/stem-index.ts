// Weighted stem sets of many claims, stored flat for the duplicate pass: each
// distinct stem gets an integer id, each claim a run of (id, weight) in shared
// typed arrays. To score one claim against many, its weights are spread into a
// dense array by id; Dice is then one pass over the other claim's run, and no
// per-claim Map or per-pair hashing is allocated on 10 MB bodies.
// Weights are 1, 1.5 or 2, so every sum below is exact in floating point and
// the results equal the Map-based dice() in similarity.ts bit for bit.

/** Where a word's stem id in one index is remembered (tokens.ts WordFacts). */
export interface StemIdMemo {
  idKey: object | null;
  id: number;
}

export class StemIndex {
  private readonly idOf = new Map<string, number>();
  /** id -> stem text (ties in the blocking order are broken by it). */
  readonly names: string[] = [];
  /** Claim i owns keys/weights [off[i], off[i + 1]). */
  private off: Int32Array = new Int32Array(1024);
  private keys: Int32Array = new Int32Array(8192);
  private weights: Float64Array = new Float64Array(8192);
  private totals: Float64Array = new Float64Array(1024);
  private used = 0;
  count = 0;
  /**
   * Stems of the claim being built, written straight after the closed claims at
   * keys/weights[used, used + cur): few stems, so a linear search beats a Map.
   */
  private cur = 0;
  /** Per stem id: 1 + the last claim that put it, and where (so put() needs no search). */
  private lastClaim: Int32Array = new Int32Array(1024);
  private lastPos: Int32Array = new Int32Array(1024);

  /**
   * Add a stem to the claim being built, keeping its largest weight. `word`, the
   * spelling's shared record (tokens.ts), remembers the stem's id in this index,
   * so a repeated word skips the string lookup.
   */
  put(stem: string, weight: number, word?: StemIdMemo): void {
    let id: number;
    if (word && word.idKey === this) id = word.id;
    else {
      id = this.intern(stem);
      if (word) {
        word.idKey = this;
        word.id = id;
      }
    }
    const end = this.used + this.cur;
    // Already in this claim? lastClaim/lastPos say where, without a search.
    if (this.lastClaim[id] === this.count + 1) {
      const p = this.lastPos[id] ?? 0;
      if ((this.weights[p] ?? 0) < weight) this.weights[p] = weight;
      return;
    }
    this.lastClaim[id] = this.count + 1;
    this.lastPos[id] = end;
    const keys = this.keys;
    if (end >= keys.length) {
      const size = keys.length * 2;
      this.keys = grow(keys, size);
      this.weights = growF(this.weights, size);
    }
    this.keys[end] = id;
    this.weights[end] = weight;
    this.cur++;
  }

  private intern(stem: string): number {
    let id = this.idOf.get(stem);
    if (id === undefined) {
      id = this.names.length;
      this.idOf.set(stem, id);
      this.names.push(stem);
      if (id >= this.lastClaim.length) {
        this.lastClaim = grow(this.lastClaim, this.lastClaim.length * 2);
        this.lastPos = grow(this.lastPos, this.lastPos.length * 2);
      }
    }
    return id;
  }

  /** Close the claim being built; returns its index. */
  end(): number {
    const n = this.cur;
    const i = this.count++;
    if (this.count + 1 > this.off.length) {
      this.off = grow(this.off, this.off.length * 2);
      this.totals = growF(this.totals, this.totals.length * 2);
    }
    let total = 0;
    for (let p = this.used; p < this.used + n; p++) total += this.weights[p] ?? 0;
    this.used += n;
    this.cur = 0;
    this.off[i + 1] = this.used;
    this.totals[i] = total;
    return i;
  }

  size(i: number): number {
    return (this.off[i + 1] ?? 0) - (this.off[i] ?? 0);
  }

  /** Claim i's stem ids are keyAt(p) for p in [first(i), first(i + 1)) (no callback per claim). */
  first(i: number): number {
    return this.off[i] ?? 0;
  }

  keyAt(p: number): number {
    return this.keys[p] ?? 0;
  }

  /**
   * Write claim i's weights into dense[stemId] (dense has names.length slots, all
   * 0), so that diceSpread can score i against many claims without a merge each.
   */
  spread(i: number, dense: Float64Array): void {
    for (let p = this.off[i] ?? 0, e = this.off[i + 1] ?? 0; p < e; p++) dense[this.keys[p] ?? 0] = this.weights[p] ?? 0;
  }

  /** Undo spread(i, dense). */
  unspread(i: number, dense: Float64Array): void {
    for (let p = this.off[i] ?? 0, e = this.off[i + 1] ?? 0; p < e; p++) dense[this.keys[p] ?? 0] = 0;
  }

  /**
   * Weighted Dice of claims i and j, 2·Σ shared weight / (Σ weight i + Σ weight j),
   * where claim i is spread into `dense`: one pass over j's stems, no merge (so
   * a claim's stems need no order).
   */
  diceSpread(dense: Float64Array, i: number, j: number): number {
    const ti = this.totals[i] ?? 0;
    const tj = this.totals[j] ?? 0;
    if (ti === 0 || tj === 0) return 0;
    const { keys, weights } = this;
    let shared = 0;
    for (let q = this.off[j] ?? 0, e = this.off[j + 1] ?? 0; q < e; q++) {
      const w = weights[q] ?? 0;
      const v = dense[keys[q] ?? 0] ?? 0;
      shared += v < w ? v : w;
    }
    return (2 * shared) / (ti + tj);
  }

  /** Upper bound of dice(i, j) from the weight totals alone (a cheap pre-check). */
  diceBound(i: number, j: number): number {
    const a = this.totals[i] ?? 0;
    const b = this.totals[j] ?? 0;
    return a === 0 || b === 0 ? 0 : (2 * Math.min(a, b)) / (a + b);
  }
}

function grow(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

function growF(a: Float64Array, size: number): Float64Array {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}
