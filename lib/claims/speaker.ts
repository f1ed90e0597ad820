// Speaker attribution within one sentence. Patterns, in both languages:
//   post-posed  "…, disse o relatório."  "…”, said Blinken."  "…, Blinken said."
//   pre-posed   "O secretário …, Antony Blinken, disse que …"  "X told CNN …"
//   source      "Segundo relatos, …"  "de acordo com X"  "according to X"
// The first valid reporting verb outside quoted text wins (the main clause).

import type { ClaimLanguage } from "./types";
import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import * as np from "./speaker-np";
import { W as WORD_BITS, bitsTable as bitsTableImport, wordBits as wordBitsImport } from "./word-bits";
import type { TokRange } from "./speaker-np";

// Module-local copies: under tsx (CommonJS output) every imported binding is a
// getter, and these run for every reporting verb of every sentence.
const bitsTable = bitsTableImport;
const wordBits = wordBitsImport;
const W = WORD_BITS;
const { codesOf, gapEndsWith, gapHas, gapHasPunct, isProperName, isSpeakerPhrase, preferName, readPhrase } = np;

export interface Attribution {
  /** Token range of the speaker mention. */
  speaker: TokRange;
  kind: "post" | "pre" | "source";
  /** Token index of the reporting verb or "segundo"/"according". */
  cue: number;
  /** Tokens from cue to end of the attribution phrase (excluded from duplicate matching). */
  region: TokRange;
  /** Token index where a relative clause about the speaker starts ("…, disse X, que serviu …"). */
  splitAt: number | null;
  pronoun: boolean;
}

const BOUNDARY_WORDS = new Set(["mas", "porem", "contudo", "entretanto", "but", "however", "while", "enquanto"]);
const CLAUSE_GAP = codesOf(";:“«\"");
const COMMA = codesOf(",");
/** Before a source head in mid-sentence: "…, segundo o ministério". */
const SOURCE_GAP = codesOf(",;:(—–");
const AUX = new Set(["is", "was", "were", "are", "has", "had", "have", "will", "would", "e", "foi", "era", "esta", "estava", "tem", "tinha", "sao", "foram"]);
/** What ends the gap before a post-posed verb: "…, disse", "…” said". */
const POST_GAP = codesOf(",”»\"—–");

/** Apposition right after a phrase: ", Antony Blinken," — returns the name range. */
function apposition(body: string, tokens: Token[], after: number, limit: number, lex: Lexicon): TokRange | null {
  if (after >= limit || !gapHas(body, tokens, after, COMMA)) return null;
  let k = after;
  while (k < limit && (k === after || !gapHasPunct(body, tokens, k)) && k - after < 6) k++;
  const r = { a: after, b: k };
  return isProperName(tokens, r, lex) ? r : null;
}

function postPosed(body: string, tokens: Token[], v: number, lex: Lexicon, language: ClaimLanguage): Attribution | null {
  if (v === 0 || !gapEndsWith(body, tokens, v, POST_GAP)) return null;
  if (lex.preOnlyVerbs.has(tokens[v]?.norm ?? "")) return null;
  const first = tokens[v + 1];
  if (!first || gapHasPunct(body, tokens, v + 1)) return null;
  // "disse à NBC News" / "said on Thursday": a recipient or time, not a speaker.
  // (Folded "à" equals the article "a", so accented forms are checked on the raw word.)
  if (lex.npStops.has(first.norm) && (!lex.determiners.has(first.norm) || first.raw.toLowerCase() !== first.norm)) return null;
  if (lex.dateWords.has(first.norm)) return null;
  const phrase = readPhrase(body, tokens, v + 1, tokens.length, lex);
  if (phrase.b === phrase.a || !isSpeakerPhrase(tokens, phrase, lex, language)) return null;
  // "…, said the dispute was the largest": a clause, not a speaker (it has its own verb).
  for (let k = phrase.a; k < phrase.b; k++) if (AUX.has(tokens[k]?.norm ?? "")) return null;
  let speaker = preferName(tokens, phrase, lex);
  let end = phrase.b;
  const app = apposition(body, tokens, phrase.b, tokens.length, lex);
  if (app) {
    speaker = app;
    end = app.b;
  }
  let splitAt: number | null = null;
  const rel = tokens[end];
  if (rel && lex.relatives.has(rel.norm) && gapHas(body, tokens, end, COMMA)) splitAt = end;
  const pronoun = speaker.b - speaker.a === 1 && lex.pronouns.has(tokens[speaker.a]?.norm ?? "");
  return { speaker, kind: "post", cue: v, region: { a: v, b: splitAt ?? tokens.length }, splitAt, pronoun };
}

/** Subject before the verb: last comma-part of the clause that is a name or a speaker phrase. */
function prePosed(body: string, tokens: Token[], v: number, lex: Lexicon, language: ClaimLanguage): Attribution | null {
  // Walk back to the clause start: sentence start, "; : “", or "mas/but".
  let c = v;
  while (c > 0) {
    if (gapHas(body, tokens, c, CLAUSE_GAP)) break;
    const prev = tokens[c - 1];
    if (!prev || BOUNDARY_WORDS.has(prev.norm)) break;
    c--;
  }
  if (c === v) return null;
  // Comma-separated parts of the subject, last first.
  const parts: TokRange[] = [];
  let partStart = c;
  for (let k = c + 1; k <= v; k++) {
    if (k === v || gapHasPunct(body, tokens, k)) {
      parts.push({ a: partStart, b: k });
      partStart = k;
    }
  }
  // Pass 1: a proper name, bare or after a title ("Antony Blinken", "Dr. Ana Ruiz").
  // Pass 2: a descriptive phrase ("o relatório", "Um alto diplomata"), skipping
  // participial or relative insertions ("O NYT, citando fontes, informou").
  for (let pass = 1; pass <= 2; pass++) {
    for (let p = parts.length - 1; p >= 0; p--) {
      const part = parts[p];
      if (!part || part.b - part.a > 12) continue;
      if (!isSpeakerPhrase(tokens, part, lex, language) && !isProperName(tokens, part, lex)) continue;
      const speaker = preferName(tokens, part, lex);
      const named = isProperName(tokens, part, lex) || speaker.a !== part.a;
      if (pass === 1 && !named) continue;
      const pronoun = speaker.b - speaker.a === 1 && lex.pronouns.has(tokens[speaker.a]?.norm ?? "");
      // Leave the attribution (and a leading title phrase) out of duplicate matching, not the claim.
      const head = parts[0];
      const from = head && pass === 1 && p === 1 && isSpeakerPhrase(tokens, head, lex, language) ? head.a : part.a;
      return { speaker, kind: "pre", cue: v, region: { a: from, b: v + 1 }, splitAt: null, pronoun };
    }
  }
  return null;
}

function sourcePhrase(body: string, tokens: Token[], i: number, lex: Lexicon, language: ClaimLanguage): Attribution | null {
  const t = tokens[i];
  if (!t) return null;
  let head = -1;
  if (lex.accordingHeads.has(t.norm)) head = t.norm === "according" ? (tokens[i + 1]?.norm === "to" ? i + 2 : -1) : i + 1;
  else if (t.norm === "de" && tokens[i + 1]?.norm === "acordo" && tokens[i + 2]?.norm === "com") head = i + 3;
  else if (language === "pt" && t.norm === "para" && i === 0) {
    // "Para o presidente da associação, Fulano, o governo demorou": a viewpoint source,
    // only when a determiner or a name follows (not "Para recuperar o território, …").
    const next = tokens[1];
    if (next && (lex.determiners.has(next.norm) || next.upper)) head = 1;
  }
  if (head < 0 || head >= tokens.length) return null;
  // Must open a clause ("Segundo relatos, …" / "…, segundo o ministério"), not "o segundo turno".
  if (i > 0 && !gapHas(body, tokens, i, SOURCE_GAP)) return null;
  const phrase = readPhrase(body, tokens, head, tokens.length, lex);
  if (phrase.b === phrase.a || !isSpeakerPhrase(tokens, phrase, lex, language)) return null;
  let speaker = preferName(tokens, phrase, lex);
  let end = phrase.b;
  const app = apposition(body, tokens, phrase.b, tokens.length, lex);
  if (app) [speaker, end] = [app, app.b];
  if (t.norm === "para" && !gapHas(body, tokens, end, COMMA)) return null;
  return { speaker, kind: "source", cue: i, region: { a: i, b: end }, splitAt: null, pronoun: false };
}

/**
 * Find the attribution of one sentence. `quoted(k)` tells whether token k is
 * inside quoted text, where reporting verbs belong to the quoted speaker.
 */
export function findAttribution(
  body: string,
  tokens: Token[],
  lex: Lexicon,
  language: ClaimLanguage,
  quoted: (k: number) => boolean,
): Attribution | null {
  // Word-list membership comes from the memoised word bits (one field read per token).
  const table = bitsTable(lex, language);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    const bits = wordBits(t, table);
    if ((bits & W.reporting) !== 0) {
      if (quoted(k)) continue;
      const found = postPosed(body, tokens, k, lex, language) ?? prePosed(body, tokens, k, lex, language);
      if (found) return found;
    } else if ((bits & W.according) !== 0 || t.norm === "de" || t.norm === "para") {
      if (quoted(k)) continue;
      const found = sourcePhrase(body, tokens, k, lex, language);
      if (found) return found;
    }
  }
  return null;
}
