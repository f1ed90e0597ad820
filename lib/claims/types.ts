// Shared shapes of the claim extractor. Plain data only: no framework types,
// so the engine can run in a worker, a CLI or a server action alike.

export type ClaimLanguage = "pt" | "en";

export interface ExtractedClaim {
  /** Exactly body.slice(start, end). */
  text: string;
  /** UTF-16 offsets into the body, [start, end). */
  start: number;
  end: number;
  /** null = the article's own voice. */
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  /** Check-worthiness in [0, 1]. */
  score: number;
  /** score >= threshold. */
  checkworthy: boolean;
  /** Human-readable English reasons behind the score. */
  reasons: string[];
  /** Duplicate-group key ("g1", "g2", … in order of first appearance). */
  group: string;
  /** Exactly one member per group is true. */
  isGroupRep: boolean;
}

export interface ExtractOptions {
  language?: ClaimLanguage;
  /** Check-worthiness threshold, default 0.5. */
  threshold?: number;
}

export interface ExtractionResult {
  language: ClaimLanguage;
  claims: ExtractedClaim[];
}

/** A [start, end) range of UTF-16 offsets into the body. */
export interface Span {
  start: number;
  end: number;
}
