// Step 2 of segmentation: the sentences of each block (boundary rules in
// boundaries.ts), trimmed, keeping only pieces with at least one letter.
// The language does not change the rules: both lists of abbreviations apply.

import type { Span } from "./types";
import type { Block } from "./blocks";
import { TerminalSearch, sentenceEnd } from "./boundaries";
import { charClass } from "./char-class";
import { isWhitespaceCode as isWhitespaceCodeImport } from "./text-utils";

// Module-local copies of per-sentence calls (imported bindings are getters under tsx).
const nextSentenceEnd = sentenceEnd;
const isWhitespaceCode = isWhitespaceCodeImport;

export interface Sentence extends Span {
  block: number;
  paragraph: number;
  bullet: boolean;
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
/** Receives each sentence as [start, end) and the index of its block. */
export type SentenceVisitor = (start: number, end: number, block: number) => void;

/**
 * The sentences of `blocks`, in order, handed to `visit` as they are found: the
 * extractor streams them, so no array of sentence objects outlives the pass.
 */
export function forEachSentence(body: string, blocks: Block[], visit: SentenceVisitor): void {
  const terminals = new TerminalSearch(body);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as Block;
    for (let start = block.start; start < block.end; ) {
      const end = nextSentenceEnd(terminals, start, block.end);
      // Trimmed in place (no [s, e] pair per sentence).
      let s = start;
      let e = end;
      while (s < e && isWhitespaceCode(body.charCodeAt(s))) s++;
      while (e > s && isWhitespaceCode(body.charCodeAt(e - 1))) e--;
      if (e > s && hasLetter(body, s, e)) visit(s, e, b);
      start = end;
    }
  }
}

export function splitSentences(body: string, blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  forEachSentence(body, blocks, (start, end, b) => {
    const block = blocks[b] as Block;
    out.push({ start, end, block: b, paragraph: block.paragraph, bullet: block.bullet });
  });
  return out;
}
