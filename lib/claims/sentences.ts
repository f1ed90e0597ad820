// Step 2 of segmentation: Intl.Segmenter per block, then repairs for the
// mistakes ICU makes on news text (abbreviations, initials, "U.S.").

import type { ClaimLanguage, Span } from "./types";
import type { Block } from "./blocks";
import { shouldGlue } from "./abbreviations";
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
const HAS_LETTER = /\p{L}/u;
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
  return shouldGlue(body.slice(Math.max(0, prevEnd - 24), prevEnd), next);
}

export function splitSentences(body: string, blocks: Block[], language: ClaimLanguage): Sentence[] {
  const segmenter = segmenterFor(language);
  const out: Sentence[] = [];
  blocks.forEach((block, blockIndex) => {
    const text = body.slice(block.start, block.end);
    const pieces: Span[] = [];
    for (const seg of segmenter.segment(text)) {
      const start = block.start + seg.index;
      const end = start + seg.segment.length;
      const last = pieces[pieces.length - 1];
      // Glue pieces ICU split after an abbreviation, or stray closing quotes.
      if (last && (mayGlue(body, last.end, seg.segment) || CLOSERS_ONLY.test(seg.segment))) {
        last.end = end;
      } else {
        pieces.push({ start, end });
      }
    }
    for (const p of pieces) {
      const [s, e] = trimRange(body, p.start, p.end);
      if (e <= s) continue;
      const slice = body.slice(s, e);
      if (!HAS_LETTER.test(slice)) continue;
      out.push({ start: s, end: e, block: blockIndex, paragraph: block.paragraph, bullet: block.bullet });
    }
  });
  return out;
}
