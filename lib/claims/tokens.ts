// Word tokens with exact offsets. Every later stage (speaker, score, grouping)
// works on this one list so each sentence is scanned by a regex only once.

import { fold } from "./text-utils";

export interface Token {
  start: number; // absolute offset into the body
  end: number;
  raw: string;
  /** lowercase, accents stripped */
  norm: string;
  upper: boolean; // starts with an uppercase letter
  acronym: boolean; // two or more capitals, e.g. EUA, NBC, U.S
  digit: boolean;
}

// Letters/digits, keeping inner joiners: "quinta-feira", "1.500", "3,5", "U.S", "don't".
const WORD = /[\p{L}\p{N}]+(?:[’'\-.,º°][\p{L}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}(?:\.?\p{Lu})+$/u;
const DIGIT = /\p{N}/u;

/** Uppercase first letter; ASCII answered by char code, the rest by the Unicode regex. */
function isUpperStart(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(raw);
}

function hasDigit(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c >= 128 && DIGIT.test(raw)) return true;
  }
  return false;
}

export function tokenize(body: string, start: number, end: number): Token[] {
  const text = body.slice(start, end);
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const upper = isUpperStart(raw);
    out.push({
      start: start + m.index,
      end: start + m.index + raw.length,
      raw,
      norm: fold(raw),
      upper,
      acronym: upper && raw.length >= 2 && ACRONYM.test(raw),
      digit: hasDigit(raw),
    });
  }
  return out;
}
