// The claim candidates ("units") of one extraction, stored column-wise: one
// typed array per field instead of one object per unit. A 10 MB body has ~1.5M
// units, and objects that live until the end of the pass are what the garbage
// collector pays for (they are copied out of the young generation).

/** Bits of UnitTable.flags. */
export const U = {
  /** Contains quoted material (or sits inside a carried-over quote). */
  hasQuote: 1,
  /** Begins with an opening quote or inside a carried-over one. */
  startsQuoted: 2,
  /** An attribution was found in the unit's own text… */
  hasOwn: 4,
  /** …of the "segundo X" / "according to X" kind… */
  ownIsSource: 8,
  /** …naming a pronoun ("ele disse", "she said"). */
  ownPronoun: 16,
  /** Score features: a multiword proper name, not counting / counting the own speaker. */
  multiNone: 32,
  multiOwn: 64,
};

export class UnitTable {
  count = 0;
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  block = new Int32Array(1024);
  /** Passage id when the unit is part of a multi-sentence quotation, else 0. */
  passage = new Int32Array(1024);
  flags = new Uint8Array(1024);
  /** Score features (see score-finish.ts ScoreFeatures). */
  bits = new Int32Array(1024);
  runsNone = new Int32Array(1024);
  runsOwn = new Int32Array(1024);
  /** The unit's own speaker mention, absolute offsets; mentionEnd is -1 without one. */
  mentionStart = new Int32Array(1024);
  mentionEnd = new Int32Array(1024);
  /** The mention's head word is capitalised (a proper name, not "o relatório"). */
  named = new Uint8Array(1024);
  /** The unit whose own mention is this unit's speaker (own or inherited), or -1. */
  speaker = new Int32Array(1024);
  /** Exactly body.slice(start, end). */
  texts: string[] = [];
  /** Normalised quoted fragments, for duplicate grouping; null when none. */
  quotes: Array<Set<string> | null> = [];

  /** Append a unit (the caller fills the typed columns at the returned index). */
  add(text: string, quotes: Set<string> | null): number {
    const i = this.count++;
    if (i >= this.start.length) this.grow(this.start.length * 2);
    this.texts.push(text);
    this.quotes.push(quotes);
    return i;
  }

  private grow(size: number): void {
    const g32 = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    const g8 = (a: Uint8Array) => {
      const b = new Uint8Array(size);
      b.set(a);
      return b;
    };
    this.start = g32(this.start);
    this.end = g32(this.end);
    this.block = g32(this.block);
    this.passage = g32(this.passage);
    this.flags = g8(this.flags);
    this.bits = g32(this.bits);
    this.runsNone = g32(this.runsNone);
    this.runsOwn = g32(this.runsOwn);
    this.mentionStart = g32(this.mentionStart);
    this.mentionEnd = g32(this.mentionEnd);
    this.named = g8(this.named);
    this.speaker = g32(this.speaker);
  }
}
