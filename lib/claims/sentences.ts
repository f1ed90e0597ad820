// Step 2 of segmentation: Intl.Segmenter per block, then repairs for the
// mistakes ICU makes on news text (abbreviations, initials, "U.S.").

import type { ClaimLanguage, Span } from "./types";
import type { Block } from "./blocks";
import { shouldGlueAt } from "./abbreviations";
import { charClass } from "./char-class";
import { trimRange } from "./text-utils";

export interface Sentence extends Span {
  block: number;
  paragraph: number;
  bullet: boolean;
}

const segmenters = new Map<ClaimLanguage, Intl.Segmenter>();
function segmenterFor(language: ClaimLanguage): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: "sentence" });
    segmenters.set(language, s);
  }
  return s;
}

/** A candidate needs at least one letter to possibly assert anything. */
const isLetter = charClass(/^\p{L}$/u);

/** /\p{L}/u.test(body.slice(s, e)), scanning in place (usually the first character answers). */
function hasLetter(body: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = body.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < e) {
      const d = body.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (isLetter((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000)) return true;
        i++;
        continue;
      }
    }
    if (isLetter(c)) return true;
  }
  return false;
}
const CLOSERS_ONLY = /^[\s”"»’')\]]+$/u;

/**
 * Cheap pre-check before the abbreviation rules: only a piece ending in "."
 * or a next piece starting lowercase / with a closing quote can need gluing.
 */
function mayGlue(body: string, prevEnd: number, next: string): boolean {
  let i = prevEnd - 1;
  while (i >= 0 && body.charCodeAt(i) <= 32) i--;
  const c = next.charCodeAt(0);
  const nextLowerAscii = c >= 97 && c <= 122;
  if (body.charCodeAt(i) !== 46 && !nextLowerAscii && c < 128) return false;
  return shouldGlueAt(body, Math.max(0, prevEnd - 24), prevEnd, next);
}

/** Receives each sentence as [start, end) and the index of its block. */
export type SentenceVisitor = (start: number, end: number, block: number) => void;

/**
 * The sentences of `blocks`, in order, handed to `visit` as they are found: the
 * extractor streams them, so no array of sentence objects outlives the pass.
 */
export function forEachSentence(body: string, blocks: Block[], language: ClaimLanguage, visit: SentenceVisitor): void {
  const segmenter = segmenterFor(language);
  // Pieces of the current block, reused across blocks.
  const starts: number[] = [];
  const ends: number[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as Block;
    const text = body.slice(block.start, block.end);
    starts.length = 0;
    ends.length = 0;
    for (const seg of segmenter.segment(text)) {
      const piece = seg.segment;
      const start = block.start + seg.index;
      const end = start + piece.length;
      const n = ends.length;
      // Glue pieces ICU split after an abbreviation, or stray closing quotes.
      if (n > 0 && (mayGlue(body, ends[n - 1] ?? 0, piece) || CLOSERS_ONLY.test(piece))) {
        ends[n - 1] = end;
      } else {
        starts.push(start);
        ends.push(end);
      }
    }
    for (let k = 0; k < starts.length; k++) {
      const [s, e] = trimRange(body, starts[k] ?? 0, ends[k] ?? 0);
      if (e <= s) continue;
      if (!hasLetter(body, s, e)) continue;
      visit(s, e, b);
    }
  }
}

export function splitSentences(body: string, blocks: Block[], language: ClaimLanguage): Sentence[] {
  const out: Sentence[] = [];
  forEachSentence(body, blocks, language, (start, end, b) => {
    const block = blocks[b] as Block;
    out.push({ start, end, block: b, paragraph: block.paragraph, bullet: block.bullet });
  });
  return out;
}
