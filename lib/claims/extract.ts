// The pipeline: blocks -> sentences -> (quote passages, speakers) -> scores ->
// duplicate groups. Pure function of (body, options).

import type { ClaimLanguage, ExtractOptions, ExtractedClaim, ExtractionResult } from "./types";
import { splitBlocks } from "./blocks";
import { forEachSentence } from "./sentences";
import { TokenPool, tokenize, type Token } from "./tokens";
import { QuoteScanner } from "./quotes";
import { findAttribution, type Attribution } from "./speaker";
import { lexicon, type Lexicon } from "./lexicon";
import { scoreFeatures, type ScoreFeatures } from "./score";
import { scoreInto, type Score } from "./score-finish";
import { collectStems, quotedFragments } from "./similarity";
import { groupIndexed } from "./group";
import { StemIndex } from "./stem-index";
import { detectLanguage } from "./language";
import { OPEN_QUOTES, endsWithQuestion } from "./text-utils";
import { U, UnitTable } from "./units";

/** A speaker mention, absolute offsets; `named`: its head word is capitalised. */
interface Mention {
  start: number;
  end: number;
  named: boolean;
}

const HAS_OPEN_QUOTE = new RegExp(`[${OPEN_QUOTES}]`, "u");

// Module-local aliases of the per-sentence and per-token calls: under tsx the
// modules are compiled to CommonJS, where every imported binding is a getter.
const tokenizeInto = tokenize;
const attribution = findAttribution;
const features = scoreFeatures;
const stemsOf = collectStems;
const questionAt = endsWithQuestion;
const fragments = quotedFragments;
const finish = scoreInto;

/** Fill `out` with attribution a's mention; false when its tokens are missing. */
function mentionInto(tokens: Token[], a: Attribution, lexDeterminers: Set<string>, out: Mention): boolean {
  const first = tokens[a.speaker.a];
  const last = tokens[a.speaker.b - 1];
  if (!first || !last) return false;
  let head = first;
  if (lexDeterminers.has(first.norm) && tokens[a.speaker.a + 1]) head = tokens[a.speaker.a + 1] ?? first;
  out.start = first.start;
  out.end = last.end;
  out.named = head.upper;
  return true;
}

interface Builder {
  body: string;
  language: ClaimLanguage;
  lex: Lexicon;
  units: UnitTable;
  stems: StemIndex;
  /** Scratch for the score features of the unit being added (copied into `units`). */
  features: ScoreFeatures;
}

/**
 * Add tokens [from, to) as a unit, unless it is a question without its own
 * attribution (those are dropped before speakers are shared, as always).
 * Everything derived from its words (score features, stems, quoted fragments)
 * is computed here, so the tokens can be reused for the next sentence.
 * `quoteFlags`: U.hasQuote / U.startsQuoted; `anyQuote`: the sentence has a quote
 * character at all (QuoteScanner.scan's answer).
 */
function addUnit(
  b: Builder, start: number, end: number, block: number, sentenceText: string | null,
  tokens: Token[], from: number, to: number,
  quoteFlags: number, anyQuote: boolean, own: Attribution | null, speaker: Mention | null, passage: number,
): void {
  if (!own && questionAt(b.body, Math.max(start, end - 4), end)) return;
  const text = sentenceText ?? b.body.slice(start, end);
  const unitTokens = from === 0 && to === tokens.length ? tokens : tokens.slice(from, to);
  const f = features(text, unitTokens, b.language, b.lex, speaker, b.features);
  // The whole sentence, attribution included, is compared: within one article a
  // shared source ("the port authority") is evidence of the same claim, and the
  // grouping then agrees with the public claimSimilarity().
  stemsOf(tokens, from, to, b.language, b.stems);
  b.stems.end();
  let quotes: Set<string> | null = null;
  // A sentence without any quote character has no quoted fragment, nor has a part of it.
  if (anyQuote && HAS_OPEN_QUOTE.test(text)) {
    quotes = fragments(text);
    if (quotes.size === 0) quotes = null;
  }
  const u = b.units;
  const i = u.add(text, quotes);
  u.start[i] = start;
  u.end[i] = end;
  u.block[i] = block;
  u.passage[i] = passage;
  u.flags[i] =
    quoteFlags |
    (own ? U.hasOwn : 0) | (own?.kind === "source" ? U.ownIsSource : 0) | (own?.pronoun ? U.ownPronoun : 0) |
    (f.multiNone ? U.multiNone : 0) | (f.multiOwn ? U.multiOwn : 0);
  u.bits[i] = f.bits;
  u.runsNone[i] = f.runsNone;
  u.runsOwn[i] = f.runsOwn;
  u.mentionStart[i] = speaker ? speaker.start : -1;
  u.mentionEnd[i] = speaker ? speaker.end : -1;
  u.named[i] = speaker?.named ? 1 : 0;
  u.speaker[i] = speaker ? i : -1;
}

function buildUnits(b: Builder): void {
  const { body, lex, language } = b;
  let depth = 0;
  let passage = 0;
  let lastBlock = -1;
  // One closure for the whole body (not one per sentence), reading the current sentence.
  let curTokens: Token[] = [];
  let curStart = 0;
  // Reused for every sentence, like the tokens (see TokenPool) and the mention.
  const quotes = new QuoteScanner();
  const quoted = (k: number) => quotes.inside((curTokens[k]?.start ?? curStart) - curStart);
  const pool = new TokenPool();
  const mentionScratch: Mention = { start: 0, end: 0, named: false };
  forEachSentence(body, splitBlocks(body), (start, end, block) => {
    if (block !== lastBlock) depth = 0; // quotes do not run across paragraphs
    lastBlock = block;
    const text = body.slice(start, end);
    const tokens = tokenizeInto(body, start, end, pool);
    const anyQuote = quotes.scan(text, depth);
    const quoteFlags = (quotes.hasQuote ? U.hasQuote : 0) | (quotes.startsQuoted ? U.startsQuoted : 0);
    const opensPassage = depth === 0 && quotes.depthAfter > 0;
    if (opensPassage) passage++;
    const inPassage = depth > 0 || quotes.depthAfter > 0 ? passage : 0;
    depth = quotes.depthAfter;
    curTokens = tokens;
    curStart = start;
    const own = attribution(body, tokens, lex, language, quoted);
    const speaker = own && mentionInto(tokens, own, lex.determiners, mentionScratch) ? mentionScratch : null;
    const split = own?.splitAt ?? null;
    const splitTok = split === null ? undefined : tokens[split];
    const beforeSplit = split === null ? undefined : tokens[split - 1];
    if (own && split !== null && splitTok && beforeSplit) {
      // "…”, disse Hertling, que serviu na Europa." -> quote claim + background claim in the article's voice.
      addUnit(b, start, beforeSplit.end, block, null, tokens, 0, split, quoteFlags, anyQuote, own, speaker, inPassage);
      addUnit(b, splitTok.start, end, block, null, tokens, split, tokens.length, 0, false, null, null, 0);
    } else {
      addUnit(b, start, end, block, text, tokens, 0, tokens.length, quoteFlags, anyQuote, own, speaker, inPassage);
    }
  });
}

/**
 * Share attributions inside quoted passages and with adjacent bare quotes;
 * resolve pronouns. A speaker is the index of the unit owning the mention.
 */
function propagateSpeakers(u: UnitTable, lexPronouns: Set<string>, body: string): void {
  const n = u.count;
  const { speaker, passage, flags, block } = u;
  const passageSpeaker = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const p = passage[i] ?? 0;
    if (p && (speaker[i] ?? -1) >= 0 && !passageSpeaker.has(p)) passageSpeaker.set(p, speaker[i] ?? -1);
  }
  const has = (i: number, flag: number) => ((flags[i] ?? 0) & flag) !== 0;
  for (let i = 0; i < n; i++) {
    const p = passage[i] ?? 0;
    if (speaker[i] === -1 && p) speaker[i] = passageSpeaker.get(p) ?? -1;
    // A sentence that is entirely a quote, without its own attribution: the
    // speaker of the neighbouring quote (previous first, then next).
    if (speaker[i] === -1 && has(i, U.startsQuoted) && has(i, U.hasQuote)) {
      const b = block[i] ?? 0;
      if (i > 0 && (speaker[i - 1] ?? -1) >= 0 && has(i - 1, U.hasQuote) && b - (block[i - 1] ?? 0) <= 1) speaker[i] = speaker[i - 1] ?? -1;
      else if (i + 1 < n && (speaker[i + 1] ?? -1) >= 0 && has(i + 1, U.hasOwn) && (block[i + 1] ?? 0) - b <= 1) speaker[i] = speaker[i + 1] ?? -1;
    }
  }
  // "Ele disse" / "he said": the most recent named speaker within a few sentences.
  for (let i = 0; i < n; i++) {
    const m = speaker[i] ?? -1;
    if (m < 0 || !has(i, U.ownPronoun)) continue;
    const word = body.slice(u.mentionStart[m], u.mentionEnd[m]).toLowerCase();
    if (!lexPronouns.has(word)) continue;
    for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
      const sj = speaker[j] ?? -1;
      if (sj >= 0 && u.named[sj] === 1) {
        speaker[i] = sj;
        break;
      }
    }
  }
}

export function extract(body: string, options: ExtractOptions = {}): ExtractionResult {
  const text = typeof body === "string" ? body : "";
  const language: ClaimLanguage = options.language === "pt" || options.language === "en" ? options.language : detectLanguage(text);
  const t = options.threshold;
  const threshold = typeof t === "number" && Number.isFinite(t) ? t : 0.5;
  const lex = lexicon(language);
  const b: Builder = {
    body: text, language, lex, units: new UnitTable(), stems: new StemIndex(),
    features: { bits: 0, runsNone: 0, multiNone: false, runsOwn: 0, multiOwn: false },
  };
  buildUnits(b);
  const u = b.units;
  propagateSpeakers(u, lex.pronouns, text);

  const n = u.count;
  const scores = new Float64Array(n);
  const lengths = new Float64Array(n);
  const reasons: string[][] = new Array<string[]>(n);
  const sc: Score = { score: 0, reasons: [] };
  for (let i = 0; i < n; i++) {
    const flags = u.flags[i] ?? 0;
    const sp = u.speaker[i] ?? -1;
    // A speaker inherited from another unit never overlaps this claim's words.
    const own = sp === i;
    const hasVerb = (flags & U.hasOwn) !== 0 && (flags & U.ownIsSource) === 0;
    finish(
      sc,
      u.bits[i] ?? 0,
      (own ? u.runsOwn[i] : u.runsNone[i]) ?? 0,
      (flags & (own ? U.multiOwn : U.multiNone)) !== 0,
      sp >= 0 ? u.named[sp] === 1 : null,
      hasVerb,
      (flags & U.hasQuote) !== 0 || (u.passage[i] ?? 0) > 0,
    );
    scores[i] = sc.score;
    reasons[i] = sc.reasons;
    lengths[i] = (u.end[i] ?? 0) - (u.start[i] ?? 0); // the text's length
  }
  const groups = groupIndexed({ stems: b.stems, quotes: u.quotes, scores, lengths });

  const claims: ExtractedClaim[] = new Array<ExtractedClaim>(n);
  for (let i = 0; i < n; i++) {
    const sp = u.speaker[i] ?? -1;
    const score = scores[i] ?? 0;
    const spStart = sp >= 0 ? (u.mentionStart[sp] ?? 0) : 0;
    const spEnd = sp >= 0 ? (u.mentionEnd[sp] ?? 0) : 0;
    claims[i] = {
      text: u.texts[i] ?? "",
      start: u.start[i] ?? 0,
      end: u.end[i] ?? 0,
      speaker: sp >= 0 ? text.slice(spStart, spEnd) : null,
      speakerStart: sp >= 0 ? spStart : null,
      speakerEnd: sp >= 0 ? spEnd : null,
      score,
      checkworthy: score >= threshold,
      reasons: reasons[i] ?? [],
      group: groups.keys[i] ?? `g${i + 1}`,
      isGroupRep: groups.isRep[i] === 1,
    };
  }
  return { language, claims };
}
