// Cached Unicode character classes: one regex test per distinct code point,
// then a typed-array lookup. Hot scanners (tokens, sentence boundaries) call these
// per character instead of running a /u regex over fresh string slices.

/** A predicate over code points, exactly equal to `re` tested on that one code point. */
export function charClass(re: RegExp): (cp: number) => boolean {
  // 0 unknown, 1 in the class, 2 not; astral code points go to a Map.
  const bmp = new Uint8Array(65536);
  const astral = new Map<number, boolean>();
  return (cp: number): boolean => {
    if (cp < 65536) {
      let c = bmp[cp] ?? 0;
      if (c === 0) bmp[cp] = c = re.test(String.fromCharCode(cp)) ? 1 : 2;
      return c === 1;
    }
    let hit = astral.get(cp);
    if (hit === undefined) astral.set(cp, (hit = re.test(String.fromCodePoint(cp))));
    return hit;
  };
}
