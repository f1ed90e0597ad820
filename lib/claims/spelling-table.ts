// A hash table from spellings (a range of a body string) to values, for the
// tokenizer's per-word facts. The caller hashes the word while scanning it;
// a lookup then compares integers and a contiguous copy of the characters
// (typed arrays) before it touches any object, and builds no substring: with
// ~170k tokens per MB over a few thousand distinct words, a lookup is what
// every token pays.
// Open addressing with linear probing, at most half full; starts small (cache
// friendly for the usual vocabulary), doubles as needed, and starts over at
// `max` entries so memory stays bounded on adversarial vocabularies.

const FIRST_SLOTS = 1 << 12;

export class SpellingTable<T> {
  private mask = FIRST_SLOTS - 1;
  /** Per slot: the word's hash, its length (0: empty slot) and where its characters start in `chars`. */
  private hashes = new Int32Array(FIRST_SLOTS);
  private lens = new Int32Array(FIRST_SLOTS);
  private offs = new Int32Array(FIRST_SLOTS);
  /** Per slot: the value. A packed array grown by push: `new Array(n)` can give slow dictionary elements. */
  private values: Array<T | null> = slots(FIRST_SLOTS);
  private chars = new Uint16Array(1 << 15);
  private used = 0;
  private count = 0;

  constructor(private readonly max: number) {}

  /** The value stored for text[s, e), whose hash is h, if any. */
  get(text: string, s: number, e: number, h: number): T | null {
    const len = e - s;
    const { hashes, lens, offs, chars, mask } = this;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const l = lens[i] ?? 0;
      if (l === 0) return null;
      if (l !== len || hashes[i] !== h) continue;
      const o = offs[i] ?? 0;
      let k = 0;
      while (k < len && chars[o + k] === text.charCodeAt(s + k)) k++;
      if (k === len) return this.values[i] ?? null;
    }
  }

  /** Store `value` for text[s, e) (hash h), which must not be stored yet. */
  set(text: string, s: number, e: number, h: number, value: T): void {
    if (this.count >= this.max) this.reset();
    else if (2 * (this.count + 1) > this.values.length) this.rehash(2 * this.values.length);
    const len = e - s;
    if (this.used + len > this.chars.length) {
      const bigger = new Uint16Array(Math.max(2 * this.chars.length, this.used + len));
      bigger.set(this.chars);
      this.chars = bigger;
    }
    const off = this.used;
    for (let k = 0; k < len; k++) this.chars[off + k] = text.charCodeAt(s + k);
    this.used += len;
    this.place(h, len, off, value);
    this.count++;
  }

  private place(h: number, len: number, off: number, value: T): void {
    let i = h & this.mask;
    while ((this.lens[i] ?? 0) !== 0) i = (i + 1) & this.mask;
    this.hashes[i] = h;
    this.lens[i] = len;
    this.offs[i] = off;
    this.values[i] = value;
  }

  private rehash(size: number): void {
    const { hashes, lens, offs, values } = this;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.lens = new Int32Array(size);
    this.offs = new Int32Array(size);
    this.values = slots(size);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if ((lens[i] ?? 0) !== 0 && v != null) this.place(hashes[i] ?? 0, lens[i] ?? 0, offs[i] ?? 0, v);
    }
  }

  private reset(): void {
    this.mask = FIRST_SLOTS - 1;
    this.hashes = new Int32Array(FIRST_SLOTS);
    this.lens = new Int32Array(FIRST_SLOTS);
    this.offs = new Int32Array(FIRST_SLOTS);
    this.values = slots(FIRST_SLOTS);
    this.used = 0;
    this.count = 0;
  }
}

function slots<T>(n: number): Array<T | null> {
  const a: Array<T | null> = [];
  for (let i = 0; i < n; i++) a.push(null);
  return a;
}
