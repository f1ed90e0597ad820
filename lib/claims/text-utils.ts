// Small character-level helpers shared by the segmenter, tokenizer and scorer.

const MARKS = /\p{M}+/gu;
const HAS_MARK_CANDIDATE = /[^\u0000-\u007f]/;

/** Lowercase and strip accents ("Ucrânia" -> "ucrania"); ASCII takes a fast path. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (!HAS_MARK_CANDIDATE.test(lower)) return lower;
  return lower.normalize("NFD").replace(MARKS, "");
}

export function isWhitespaceCode(c: number): boolean {
  // Covers ASCII whitespace, NBSP and the Unicode space separators news CMSs emit.
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Opening quote characters we treat as the start of quoted speech. */
export const OPEN_QUOTES = "“«„‘\"";
/** Closing quote characters. A straight " is both. */
export const CLOSE_QUOTES = "”»’\"";

/** Trim [start, end) of whitespace, returning the narrowed range. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isWhitespaceCode(text.charCodeAt(s))) s++;
  while (e > s && isWhitespaceCode(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

/** Do not cut a surrogate pair in half when choosing a split offset. */
export function safeCut(text: string, at: number): number {
  const c = text.charCodeAt(at);
  const prev = text.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff) return at - 1;
  return at;
}

/** ” " » ’ ' ) — compared by code: charAt() would allocate a string for ” and ’. */
function isCloserCode(c: number): boolean {
  return c === 0x201d || c === 34 || c === 0xbb || c === 0x2019 || c === 39 || c === 41;
}

/**
 * body.slice(from, end) matches /\?[\s”"»’')]*$/u, without slicing: the "?" must
 * sit right before the maximal trailing run of spaces and closing marks.
 */
export function endsWithQuestion(body: string, from: number, end: number): boolean {
  return endsWithMark(body, from, end, 63);
}

/** endsWithQuestion for any one-code-unit mark ("!" is 33). */
export function endsWithMark(body: string, from: number, end: number, mark: number): boolean {
  let i = end - 1;
  while (i >= from) {
    const c = body.charCodeAt(i);
    if (!isWhitespaceCode(c) && !isCloserCode(c)) break;
    i--;
  }
  return i >= from && body.charCodeAt(i) === mark;
}
