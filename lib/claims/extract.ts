// The pipeline: blocks -> sentences -> (quote passages, speakers) -> scores ->
// duplicate groups. Pure function of (body, options).

import type { ClaimLanguage, ExtractOptions, ExtractedClaim, ExtractionResult } from "./types";
import { splitBlocks } from "./blocks";
import { splitSentences } from "./sentences";
import { tokenize, type Token } from "./tokens";
import { insideRanges, scanQuotes, type QuoteInfo } from "./quotes";
import { findAttribution, type Attribution } from "./speaker";
import { lexicon } from "./lexicon";
import { scoreClaim } from "./score";
import { stemSet, quotedFragments } from "./similarity";
import { groupClaims } from "./group";
import { detectLanguage } from "./language";

/** One claim candidate before scoring: a sentence, or part of one. */
interface Unit {
  start: number;
  end: number;
  block: number;
  tokens: Token[];
  quote: QuoteInfo | null;
  /** Attribution found in this unit's own text. */
  own: Attribution | null;
  /** Speaker mention (absolute offsets), own or inherited. */
  speaker: { start: number; end: number; named: boolean } | null;
  /** Passage id when the unit is part of a multi-sentence quotation. */
  passage: number;
}

const QUESTION_END = /\?[\s”"»’')]*$/u;

function mention(tokens: Token[], a: Attribution, lexDeterminers: Set<string>) {
  const first = tokens[a.speaker.a];
  const last = tokens[a.speaker.b - 1];
  if (!first || !last) return null;
  let head = first;
  if (lexDeterminers.has(first.norm) && tokens[a.speaker.a + 1]) head = tokens[a.speaker.a + 1] ?? first;
  return { start: first.start, end: last.end, named: head.upper };
}

function buildUnits(body: string, language: ClaimLanguage): Unit[] {
  const lex = lexicon(language);
  const sentences = splitSentences(body, splitBlocks(body), language);
  const units: Unit[] = [];
  let depth = 0;
  let passage = 0;
  let lastBlock = -1;
  for (const s of sentences) {
    if (s.block !== lastBlock) depth = 0; // quotes do not run across paragraphs
    lastBlock = s.block;
    const text = body.slice(s.start, s.end);
    const tokens = tokenize(body, s.start, s.end);
    const quote = scanQuotes(text, depth);
    const opensPassage = depth === 0 && quote.depthAfter > 0;
    if (opensPassage) passage++;
    const inPassage = depth > 0 || quote.depthAfter > 0 ? passage : 0;
    depth = quote.depthAfter;
    const quoted = (k: number) => insideRanges(quote.ranges, (tokens[k]?.start ?? s.start) - s.start);
    const own = findAttribution(body, tokens, lex, language, quoted);
    const speaker = own ? mention(tokens, own, lex.determiners) : null;
    const split = own?.splitAt ?? null;
    const splitTok = split === null ? undefined : tokens[split];
    const beforeSplit = split === null ? undefined : tokens[split - 1];
    if (own && splitTok && beforeSplit) {
      // "…”, disse Hertling, que serviu na Europa." -> quote claim + background claim in the article's voice.
      units.push({ start: s.start, end: beforeSplit.end, block: s.block, tokens: tokens.slice(0, split ?? 0), quote, own, speaker, passage: inPassage });
      units.push({ start: splitTok.start, end: s.end, block: s.block, tokens: tokens.slice(split ?? 0), quote: null, own: null, speaker: null, passage: 0 });
    } else {
      units.push({ start: s.start, end: s.end, block: s.block, tokens, quote, own, speaker, passage: inPassage });
    }
  }
  return units;
}

/** Share attributions inside quoted passages and with adjacent bare quotes; resolve pronouns. */
function propagateSpeakers(units: Unit[], lexPronouns: Set<string>, body: string): void {
  const passageSpeaker = new Map<number, Unit["speaker"]>();
  for (const u of units) if (u.passage && u.speaker && !passageSpeaker.has(u.passage)) passageSpeaker.set(u.passage, u.speaker);
  units.forEach((u, i) => {
    if (!u.speaker && u.passage) u.speaker = passageSpeaker.get(u.passage) ?? null;
    // A sentence that is entirely a quote, without its own attribution: the
    // speaker of the neighbouring quote (previous first, then next).
    if (!u.speaker && u.quote?.startsQuoted && u.quote.hasQuote) {
      const prev = units[i - 1];
      const next = units[i + 1];
      if (prev?.speaker && prev.quote?.hasQuote && u.block - prev.block <= 1) u.speaker = prev.speaker;
      else if (next?.speaker && next.own && next.block - u.block <= 1) u.speaker = next.speaker;
    }
  });
  // "Ele disse" / "he said": the most recent named speaker within a few sentences.
  units.forEach((u, i) => {
    if (!u.speaker || !u.own?.pronoun) return;
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
  const units = buildUnits(text, language).filter((u) => !(QUESTION_END.test(text.slice(Math.max(u.start, u.end - 4), u.end)) && !u.own));
  propagateSpeakers(units, lex.pronouns, text);

  const scored = units.map((u) => {
    const unitText = text.slice(u.start, u.end);
    const hasVerb = u.own !== null && u.own.kind !== "source";
    const { score, reasons } = scoreClaim({
      text: unitText,
      tokens: u.tokens,
      speakerNamed: u.speaker ? u.speaker.named : null,
      speakerSpan: u.speaker,
      hasReportingVerb: hasVerb,
      hasQuote: (u.quote?.hasQuote ?? false) || u.passage > 0,
      language,
      lex,
    });
    // The whole sentence, attribution included, is compared: within one article a
    // shared source ("the port authority") is evidence of the same claim, and the
    // grouping then agrees with the public claimSimilarity().
    const stems = stemSet(u.tokens, language);
    return { u, unitText, score, reasons, stems, quotes: quotedFragments(unitText) };
  });
  const groups = groupClaims(scored.map((c) => ({ stems: c.stems, quotes: c.quotes, score: c.score, length: c.unitText.length })));

  const claims: ExtractedClaim[] = scored.map((c, i) => {
    const sp = c.u.speaker;
    const g = groups[i] ?? { group: `g${i + 1}`, isGroupRep: true };
    return {
      text: c.unitText,
      start: c.u.start,
      end: c.u.end,
      speaker: sp ? text.slice(sp.start, sp.end) : null,
      speakerStart: sp ? sp.start : null,
      speakerEnd: sp ? sp.end : null,
      score: c.score,
      checkworthy: c.score >= threshold,
      reasons: c.reasons,
      group: g.group,
      isGroupRep: g.isGroupRep,
    };
  });
  return { language, claims };
}
