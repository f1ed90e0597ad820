// The pipeline: blocks -> sentences -> (quote passages, speakers) -> scores ->
// duplicate groups. Pure function of (body, options).

import type { ClaimLanguage, ExtractOptions, ExtractedClaim, ExtractionResult } from "./types";
import { splitBlocks } from "./blocks";
import { forEachSentence } from "./sentences";
import { tokenize, type Token } from "./tokens";
import { insideRanges, scanQuotes, type QuoteInfo } from "./quotes";
import { findAttribution, type Attribution } from "./speaker";
import { lexicon, type Lexicon } from "./lexicon";
import { scoreFeatures, type ScoreFeatures } from "./score";
import { finishScore } from "./score-finish";
import { collectStems, quotedFragments } from "./similarity";
import { groupIndexed } from "./group";
import { StemIndex } from "./stem-index";
import { detectLanguage } from "./language";
import { OPEN_QUOTES, endsWithQuestion } from "./text-utils";

/**
 * One claim candidate: a sentence, or part of one. Everything derived from its
 * words (score features, stems, quoted fragments) is computed while building,
 * so the tokens die young instead of living until the end of a 10 MB body.
 */
interface Unit extends ScoreFeatures {
  start: number;
  end: number;
  block: number;
  /** Exactly body.slice(start, end). */
  text: string;
  /** From the unit's QuoteInfo (false when it has none): only these two are needed later. */
  hasQuote: boolean;
  startsQuoted: boolean;
  /** An attribution was found in this unit's own text; its kind and pronoun flag. */
  hasOwn: boolean;
  ownIsSource: boolean;
  ownPronoun: boolean;
  /** Speaker mention (absolute offsets), own or inherited. */
  speaker: Mention | null;
  /** The unit's own mention: score features were computed against it. */
  ownMention: Mention | null;
  /** Passage id when the unit is part of a multi-sentence quotation. */
  passage: number;
  quotes: Set<string> | null;
}

interface Mention {
  start: number;
  end: number;
  named: boolean;
}

const HAS_OPEN_QUOTE = new RegExp(`[${OPEN_QUOTES}]`, "u");

function mention(tokens: Token[], a: Attribution, lexDeterminers: Set<string>): Mention | null {
  const first = tokens[a.speaker.a];
  const last = tokens[a.speaker.b - 1];
  if (!first || !last) return null;
  let head = first;
  if (lexDeterminers.has(first.norm) && tokens[a.speaker.a + 1]) head = tokens[a.speaker.a + 1] ?? first;
  return { start: first.start, end: last.end, named: head.upper };
}

interface Builder {
  body: string;
  language: ClaimLanguage;
  lex: Lexicon;
  units: Unit[];
  stems: StemIndex;
}

/**
 * Add tokens [from, to) as a unit, unless it is a question without its own
 * attribution (those are dropped before speakers are shared, as always).
 */
function addUnit(
  b: Builder, start: number, end: number, block: number, sentenceText: string | null,
  tokens: Token[], from: number, to: number,
  quote: QuoteInfo | null, own: Attribution | null, speaker: Mention | null, passage: number,
): void {
  if (!own && endsWithQuestion(b.body, Math.max(start, end - 4), end)) return;
  const text = sentenceText ?? b.body.slice(start, end);
  const unitTokens = from === 0 && to === tokens.length ? tokens : tokens.slice(from, to);
  const f = scoreFeatures(text, unitTokens, b.language, b.lex, speaker);
  // The whole sentence, attribution included, is compared: within one article a
  // shared source ("the port authority") is evidence of the same claim, and the
  // grouping then agrees with the public claimSimilarity().
  collectStems(tokens, from, to, b.language, b.stems);
  b.stems.end();
  let quotes: Set<string> | null = null;
  if (HAS_OPEN_QUOTE.test(text)) {
    quotes = quotedFragments(text);
    if (quotes.size === 0) quotes = null;
  }
  b.units.push({
    start, end, block, text,
    hasQuote: quote?.hasQuote ?? false,
    startsQuoted: quote?.startsQuoted ?? false,
    hasOwn: own !== null,
    ownIsSource: own !== null && own.kind === "source",
    ownPronoun: own?.pronoun ?? false,
    speaker, ownMention: speaker, passage, quotes,
    // Score features inline: one retained object per unit instead of two.
    bits: f.bits, runsNone: f.runsNone, multiNone: f.multiNone, runsOwn: f.runsOwn, multiOwn: f.multiOwn,
  });
}

function buildUnits(b: Builder): void {
  const { body, lex, language } = b;
  let depth = 0;
  let passage = 0;
  let lastBlock = -1;
  // One closure for the whole body (not one per sentence), reading the current sentence.
  let curTokens: Token[] = [];
  let curRanges: Array<[number, number]> = [];
  let curStart = 0;
  const quoted = (k: number) => insideRanges(curRanges, (curTokens[k]?.start ?? curStart) - curStart);
  forEachSentence(body, splitBlocks(body), language, (start, end, block) => {
    if (block !== lastBlock) depth = 0; // quotes do not run across paragraphs
    lastBlock = block;
    const text = body.slice(start, end);
    const tokens = tokenize(body, start, end);
    const quote = scanQuotes(text, depth);
    const opensPassage = depth === 0 && quote.depthAfter > 0;
    if (opensPassage) passage++;
    const inPassage = depth > 0 || quote.depthAfter > 0 ? passage : 0;
    depth = quote.depthAfter;
    curTokens = tokens;
    curRanges = quote.ranges;
    curStart = start;
    const own = findAttribution(body, tokens, lex, language, quoted);
    const speaker = own ? mention(tokens, own, lex.determiners) : null;
    const split = own?.splitAt ?? null;
    const splitTok = split === null ? undefined : tokens[split];
    const beforeSplit = split === null ? undefined : tokens[split - 1];
    if (own && split !== null && splitTok && beforeSplit) {
      // "…”, disse Hertling, que serviu na Europa." -> quote claim + background claim in the article's voice.
      addUnit(b, start, beforeSplit.end, block, null, tokens, 0, split, quote, own, speaker, inPassage);
      addUnit(b, splitTok.start, end, block, null, tokens, split, tokens.length, null, null, null, 0);
    } else {
      addUnit(b, start, end, block, text, tokens, 0, tokens.length, quote, own, speaker, inPassage);
    }
  });
}

/** Share attributions inside quoted passages and with adjacent bare quotes; resolve pronouns. */
function propagateSpeakers(units: Unit[], lexPronouns: Set<string>, body: string): void {
  const passageSpeaker = new Map<number, Unit["speaker"]>();
  for (const u of units) if (u.passage && u.speaker && !passageSpeaker.has(u.passage)) passageSpeaker.set(u.passage, u.speaker);
  units.forEach((u, i) => {
    if (!u.speaker && u.passage) u.speaker = passageSpeaker.get(u.passage) ?? null;
    // A sentence that is entirely a quote, without its own attribution: the
    // speaker of the neighbouring quote (previous first, then next).
    if (!u.speaker && u.startsQuoted && u.hasQuote) {
      const prev = units[i - 1];
      const next = units[i + 1];
      if (prev?.speaker && prev.hasQuote && u.block - prev.block <= 1) u.speaker = prev.speaker;
      else if (next?.speaker && next.hasOwn && next.block - u.block <= 1) u.speaker = next.speaker;
    }
  });
  // "Ele disse" / "he said": the most recent named speaker within a few sentences.
  units.forEach((u, i) => {
    if (!u.speaker || !u.ownPronoun) return;
    const word = body.slice(u.speaker.start, u.speaker.end).toLowerCase();
    if (!lexPronouns.has(word)) return;
    for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
      const sp = units[j]?.speaker;
      if (sp?.named) {
        u.speaker = sp;
        return;
      }
    }
  });
}

export function extract(body: string, options: ExtractOptions = {}): ExtractionResult {
  const text = typeof body === "string" ? body : "";
  const language: ClaimLanguage = options.language === "pt" || options.language === "en" ? options.language : detectLanguage(text);
  const t = options.threshold;
  const threshold = typeof t === "number" && Number.isFinite(t) ? t : 0.5;
  const lex = lexicon(language);
  const b: Builder = { body: text, language, lex, units: [], stems: new StemIndex() };
  buildUnits(b);
  const units = b.units;
  propagateSpeakers(units, lex.pronouns, text);

  const n = units.length;
  const scores = new Float64Array(n);
  const lengths = new Float64Array(n);
  const reasons: string[][] = new Array<string[]>(n);
  for (let i = 0; i < n; i++) {
    const u = units[i] as Unit;
    const hasVerb = u.hasOwn && !u.ownIsSource;
    const own = u.speaker !== null && u.speaker === u.ownMention;
    const sc = finishScore(u, own, u.speaker ? u.speaker.named : null, hasVerb, u.hasQuote || u.passage > 0);
    scores[i] = sc.score;
    reasons[i] = sc.reasons;
    lengths[i] = u.text.length;
  }
  const groups = groupIndexed({ stems: b.stems, quotes: units.map((u) => u.quotes), scores, lengths });

  const claims: ExtractedClaim[] = new Array<ExtractedClaim>(n);
  for (let i = 0; i < n; i++) {
    const u = units[i] as Unit;
    const sp = u.speaker;
    const g = groups[i] ?? { group: `g${i + 1}`, isGroupRep: true };
    const score = scores[i] ?? 0;
    claims[i] = {
      text: u.text,
      start: u.start,
      end: u.end,
      speaker: sp ? text.slice(sp.start, sp.end) : null,
      speakerStart: sp ? sp.start : null,
      speakerEnd: sp ? sp.end : null,
      score,
      checkworthy: score >= threshold,
      reasons: reasons[i] ?? [],
      group: g.group,
      isGroupRep: g.isGroupRep,
    };
  }
  return { language, claims };
}
