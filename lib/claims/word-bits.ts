// Everything the scorer and the speaker finder ask of a single word ("is it a
// reporting verb / a title / a number word / a past tense …"), as one integer
// of bits per folded word. It is computed once per distinct word and language,
// and remembered on the word's shared spelling record (tokens.ts WordFacts), so
// a token costs one field read instead of several Set lookups per stage.

import type { ClaimLanguage } from "./types";
import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import { F } from "./score-finish";

/** Bits above the score features F (which use the low bits) for the other word lists. */
export const W = {
  /** Lowercase content word in the past tense (PT preterite, EN -ed); not a feature bit. */
  past: 1 << 24,
  reporting: 1 << 20,
  according: 1 << 21,
  determiner: 1 << 22,
  title: 1 << 23,
  connector: 1 << 25,
};

/** The bits of a word that are score features (the rest are W). */
export const FEATURE_MASK = (1 << 12) - 1;

const PT_PAST = /(?:ou|eu|iu|aram|eram|iram)$/;
const EN_PAST = /ed$/;
const MAX_WORDS = 100_000;

/** The memo of one (lexicon, language): word -> bits. */
export interface BitsTable {
  lex: Lexicon;
  language: ClaimLanguage;
  /** Bits of the word lists, built once. */
  lists: Map<string, number>;
  /** Every word seen so far (bounded). */
  words: Map<string, number>;
}

function listBits(lex: Lexicon): Map<string, number> {
  const map = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number) => {
    for (const w of words) map.set(w, (map.get(w) ?? 0) | bit);
  };
  add(lex.numberWords, F.number);
  add(lex.dateWords, F.number);
  add(lex.comparison, F.comparison);
  add(lex.causal, F.causal);
  add(lex.future, F.future);
  add(lex.weakFuture, F.weakFuture);
  add(lex.opinion, F.opinion);
  add(lex.emotive, F.emotive);
  add(lex.wish, F.wish);
  add(lex.vagueQuantity, F.vagueQty);
  add(lex.reportingVerbs, W.reporting);
  add(lex.accordingHeads, W.according);
  add(lex.determiners, W.determiner);
  add(lex.titles, W.title);
  add(lex.nameConnectors, W.connector);
  return map;
}

const tables = new WeakMap<Lexicon, Partial<Record<ClaimLanguage, BitsTable>>>();

export function bitsTable(lex: Lexicon, language: ClaimLanguage): BitsTable {
  let byLanguage = tables.get(lex);
  if (!byLanguage) tables.set(lex, (byLanguage = {}));
  let table = byLanguage[language];
  if (!table) byLanguage[language] = table = { lex, language, lists: listBits(lex), words: new Map() };
  return table;
}

/** The bits of token t's folded word in `table`. */
export function wordBits(t: Token, table: BitsTable): number {
  const word = t.word;
  if (word.bitsKey === table) return word.bits;
  const norm = t.norm;
  let b = table.words.get(norm);
  if (b === undefined) {
    const { lex } = table;
    b = table.lists.get(norm) ?? 0;
    const re = table.language === "pt" ? PT_PAST : EN_PAST;
    if (norm.length >= 5 && re.test(norm) && !lex.reportingVerbs.has(norm) && !lex.stopwords.has(norm)) b |= W.past;
    if (table.words.size >= MAX_WORDS) table.words.clear();
    table.words.set(norm, b);
  }
  word.bitsKey = table;
  word.bits = b;
  return b;
}
