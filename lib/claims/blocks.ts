// Step 1 of segmentation: cut the body into blocks (paragraphs, headlines, list
// items) before any sentence splitting. One pass over the body, no regex and no
// per-line objects: a line is either glued to the pending block (hard wrap) or
// closes it.

import type { Span } from "./types";
import { charClass } from "./char-class";
import { isWhitespaceCode, safeCut, trimRange } from "./text-utils";

export interface Block extends Span {
  /** The block was a list item; its bullet marker is excluded from the span. */
  bullet: boolean;
  /** Index of the source line/paragraph, for quote carry-over between blocks. */
  paragraph: number;
}

/**
 * Longest block. Sentences never cross a block, so this also bounds the length
 * of a sentence (and with it the per-sentence work in speaker.ts) on bodies
 * without punctuation. Longer blocks are cut at safe points.
 */
export const MAX_BLOCK = 2_000;

const isLower = charClass(/^\p{Ll}$/u);
// Bullet markers: typographic bullets, dashes, asterisks, "1." / "1)" / "a)" list numbers.
const BULLET_CHARS = new Set(Array.from("•◦▪▫●○■□‣⁃∙·*+-–—", (c) => c.charCodeAt(0)));
/** A bullet marker and its spaces lie within the line's first 8 characters. */
const BULLET_WINDOW = 8;

/** Line breaks. The regex engine finds the next one far faster than a char loop. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g;

/** Last character of a line that ends a sentence: . ! ? … : ; ” " » ) ] */
function endsSentenceCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 59 || c === 0x201d || c === 34 || c === 0xbb || c === 41 || c === 93;
}

/**
 * Length of the bullet marker plus its spaces at the start of the trimmed line
 * [s, e), or 0: /^(?:[•◦▪▫●○■□‣⁃∙·*+\-–—]|\d{1,3}[.)]|\p{Ll}\))[ \t\u00a0]+/u
 * matched against the line's first BULLET_WINDOW characters.
 */
export function bulletLength(body: string, s: number, e: number): number {
  const w = Math.min(e, s + BULLET_WINDOW);
  let k = s;
  const c = body.charCodeAt(k);
  if (BULLET_CHARS.has(c)) k++;
  else if (c >= 48 && c <= 57) {
    while (k < w && k - s < 3 && body.charCodeAt(k) >= 48 && body.charCodeAt(k) <= 57) k++;
    const d = k < w ? body.charCodeAt(k) : -1;
    if (d !== 46 && d !== 41) return 0;
    k++;
  } else {
    // One lowercase letter (a surrogate pair counts as one code point), then ")".
    let cp = c;
    let len = 1;
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < w) {
      const d = body.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) [cp, len] = [(c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000, 2];
    }
    if (!isLower(cp) || k + len >= w || body.charCodeAt(k + len) !== 41) return 0;
    k += len + 1;
  }
  const marker = k;
  while (k < w) {
    const d = body.charCodeAt(k);
    if (d !== 32 && d !== 9 && d !== 0xa0) break;
    k++;
  }
  return k > marker && k <= w ? k - s : 0;
}

/** Cut an over-long range at sentence punctuation, else at whitespace, else anywhere. */
function capLength(body: string, start: number, end: number, max: number, bullet: boolean, paragraph: number, out: Block[]): void {
  const push = (a: number, b: number) => {
    const [s, e] = trimRange(body, a, b);
    if (e > s) out.push({ start: s, end: e, bullet, paragraph });
  };
  let s = start;
  while (end - s > max) {
    const limit = s + max;
    let cut = -1;
    // Prefer ". " / "? " / "! " in the second half of the window.
    for (let i = limit - 1; i > s + max / 2; i--) {
      const c = body.charCodeAt(i);
      if ((c === 46 || c === 33 || c === 63) && isWhitespaceCode(body.charCodeAt(i + 1))) {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) {
      for (let i = limit - 1; i > s + max / 4; i--) {
        if (isWhitespaceCode(body.charCodeAt(i))) {
          cut = i;
          break;
        }
      }
    }
    if (cut < 0) cut = safeCut(body, limit);
    if (cut <= s) cut = limit; // never loop forever
    push(s, cut);
    s = cut;
  }
  push(s, end);
}

/**
 * Every non-blank line is its own paragraph (news CMSs use single line breaks
 * too), except that a hard-wrapped line (the previous one does not end a
 * sentence, this one starts lowercase, no blank line or bullet between) is
 * re-joined; a headline (no final period) followed by a capitalised line stays
 * on its own.
 */
export function splitBlocks(body: string, max: number = MAX_BLOCK): Block[] {
  const blocks: Block[] = [];
  let paragraph = -1;
  // The pending block: extended by wrapped lines, emitted when a line does not join it.
  let pStart = -1;
  let pEnd = -1;
  let pBullet = false;
  const flush = () => {
    if (pStart < 0) return;
    paragraph++;
    if (pEnd - pStart <= max) blocks.push({ start: pStart, end: pEnd, bullet: pBullet, paragraph });
    else capLength(body, pStart, pEnd, max, pBullet, paragraph, blocks);
  };
  let blank = true;
  const n = body.length;
  let from = 0;
  LINE_BREAK.lastIndex = 0;
  for (;;) {
    // test() rather than exec(): no match array per line. A match is "\r\n" or
    // one character; it ends at lastIndex.
    const found = LINE_BREAK.test(body);
    const after = found ? LINE_BREAK.lastIndex : n;
    const breakLength = found && body.charCodeAt(after - 1) === 10 && after - 2 >= from && body.charCodeAt(after - 2) === 13 ? 2 : found ? 1 : 0;
    const to = after - breakLength;
    let [s, e] = trimRange(body, from, to);
    if (s === e) blank = true;
    else {
      const m = bulletLength(body, s, e);
      const bullet = m > 0 && s + m < e;
      if (bullet) [s, e] = trimRange(body, s + m, e);
      if (pStart >= 0 && !blank && !bullet && !endsSentenceCode(body.charCodeAt(pEnd - 1)) && isLower(body.charCodeAt(s))) {
        pEnd = e;
      } else {
        flush();
        [pStart, pEnd, pBullet] = [s, e, bullet];
      }
      blank = false;
    }
    if (!found) break;
    from = after;
  }
  flush();
  return blocks;
}
