// Step 1 of segmentation: cut the body into blocks (paragraphs, headlines, list
// items) before any sentence splitting. Intl.Segmenter is quadratic on long
// strings in V8, so it must only ever see one bounded block at a time.

import type { Span } from "./types";
import { isWhitespaceCode, safeCut, trimRange } from "./text-utils";

export interface Block extends Span {
  /** The block was a list item; its bullet marker is excluded from the span. */
  bullet: boolean;
  /** Index of the source line/paragraph, for quote carry-over between blocks. */
  paragraph: number;
}

/** Longest block handed to Intl.Segmenter; longer ones are cut at safe points. */
export const MAX_BLOCK = 2_000;

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g;
// Bullet markers: typographic bullets, dashes, asterisks, "1." / "1)" / "a)" list numbers.
const BULLET = /^(?:[•◦▪▫●○■□‣⁃∙·*+\-–—]|\d{1,3}[.)]|\p{Ll}\))[ \t\u00a0]+/u;
const ENDS_SENTENCE = /[.!?…:;”"»)\]]\s*$/u;

interface Line extends Span {
  bullet: boolean;
  blankBefore: boolean;
}

function readLines(body: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  let blank = true;
  const push = (from: number, to: number) => {
    let [s, e] = trimRange(body, from, to);
    if (s === e) {
      blank = true;
      return;
    }
    let bullet = false;
    // Only inspect a short prefix: the regex must not scan a 10 MB line.
    const m = BULLET.exec(body.slice(s, Math.min(e, s + 8)));
    if (m && s + m[0].length < e) {
      bullet = true;
      [s, e] = trimRange(body, s + m[0].length, e);
    }
    lines.push({ start: s, end: e, bullet, blankBefore: blank });
    blank = false;
  };
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(body); m; m = LINE_BREAK.exec(body)) {
    push(pos, m.index);
    pos = m.index + m[0].length;
  }
  push(pos, body.length);
  return lines;
}

/**
 * Hard-wrapped paragraphs (a line break mid-sentence) are re-joined when the
 * line does not end a sentence and the next one starts lowercase; a headline
 * (no final period) followed by a capitalised line stays on its own.
 */
function joinWrapped(body: string, lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const tail = prev ? body.slice(Math.max(prev.start, prev.end - 4), prev.end) : "";
    if (
      prev && !line.blankBefore && !line.bullet && !ENDS_SENTENCE.test(tail) &&
      /^\p{Ll}/u.test(body.charAt(line.start))
    ) {
      prev.end = line.end;
    } else {
      out.push({ ...line });
    }
  }
  return out;
}

/** Cut an over-long range at sentence punctuation, else at whitespace, else anywhere. */
function capLength(body: string, span: Span, max: number): Span[] {
  const parts: Span[] = [];
  let s = span.start;
  while (span.end - s > max) {
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
    parts.push({ start: s, end: cut });
    s = cut;
  }
  parts.push({ start: s, end: span.end });
  return parts
    .map((p) => {
      const [a, b] = trimRange(body, p.start, p.end);
      return { start: a, end: b };
    })
    .filter((p) => p.end > p.start);
}

export function splitBlocks(body: string, max: number = MAX_BLOCK): Block[] {
  const blocks: Block[] = [];
  let paragraph = -1;
  for (const line of joinWrapped(body, readLines(body))) {
    // Every surviving line is its own paragraph: news CMSs use single line breaks too.
    paragraph++;
    for (const part of capLength(body, line, max)) {
      blocks.push({ ...part, bullet: line.bullet, paragraph });
    }
  }
  return blocks;
}
