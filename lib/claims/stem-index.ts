// Weighted stem sets of many claims, stored flat for the duplicate pass: each
// distinct stem gets an integer id, each claim a sorted run of (id, weight) in
// shared typed arrays. Dice then becomes a merge of two short sorted runs, and
// no per-claim Map or per-pair hashing is allocated on 10 MB bodies.
// Weights are 1, 1.5 or 2, so every sum below is exact in floating point and
// the results equal the Map-based dice() in similarity.ts bit for bit.

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
  // Scratch for the claim being built: few stems, so linear search beats a Map.
  private curKeys: number[] = [];
  private curWeights: number[] = [];

  /** Add a stem to the claim being built, keeping its largest weight. */
  put(stem: string, weight: number): void {
    let id = this.idOf.get(stem);
    if (id === undefined) {
      id = this.names.length;
      this.idOf.set(stem, id);
      this.names.push(stem);
    }
    const k = this.curKeys.indexOf(id);
    if (k < 0) {
      this.curKeys.push(id);
      this.curWeights.push(weight);
    } else if ((this.curWeights[k] ?? 0) < weight) this.curWeights[k] = weight;
  }

  /** Close the claim being built; returns its index. */
  end(): number {
    const n = this.curKeys.length;
    const i = this.count++;
    if (this.count + 1 > this.off.length) {
      this.off = grow(this.off, this.off.length * 2);
      this.totals = growF(this.totals, this.totals.length * 2);
    }
    if (this.used + n > this.keys.length) {
      const size = Math.max(this.keys.length * 2, this.used + n);
      this.keys = grow(this.keys, size);
      this.weights = growF(this.weights, size);
    }
    // Insertion sort by id: runs are short.
    const base = this.used;
    let total = 0;
    for (let a = 0; a < n; a++) {
      const id = this.curKeys[a] ?? 0;
      const w = this.curWeights[a] ?? 0;
      total += w;
      let b = base + a;
      while (b > base && (this.keys[b - 1] ?? 0) > id) {
        this.keys[b] = this.keys[b - 1] ?? 0;
        this.weights[b] = this.weights[b - 1] ?? 0;
        b--;
      }
      this.keys[b] = id;
      this.weights[b] = w;
    }
    this.used += n;
    this.off[i + 1] = this.used;
    this.totals[i] = total;
    this.curKeys.length = 0;
    this.curWeights.length = 0;
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

  /** Weighted Dice of claims i and j: 2·Σ shared weight / (Σ weight i + Σ weight j). */
  dice(i: number, j: number): number {
    let p = this.off[i] ?? 0;
    const pe = this.off[i + 1] ?? 0;
    let q = this.off[j] ?? 0;
    const qe = this.off[j + 1] ?? 0;
    if (p === pe || q === qe) return 0;
    let shared = 0;
    while (p < pe && q < qe) {
      const a = this.keys[p] ?? 0;
      const b = this.keys[q] ?? 0;
      if (a === b) {
        shared += Math.min(this.weights[p] ?? 0, this.weights[q] ?? 0);
        p++;
        q++;
      } else if (a < b) p++;
      else q++;
    }
    return (2 * shared) / ((this.totals[i] ?? 0) + (this.totals[j] ?? 0));
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
