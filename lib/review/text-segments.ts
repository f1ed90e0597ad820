export interface SpanClaim {
  id: string;
  start: number;
  end: number;
  speakerStart: number | null;
  speakerEnd: number | null;
}

export interface TextSegment {
  text: string;
  start: number;
  /** the claim highlighted here, if any */
  claimId: string | null;
  /** inside a speaker mention */
  speaker: boolean;
}

/**
 * Cuts an article body into runs for highlighting: each run lies in at most
 * one claim and is either inside a speaker mention or not. Claims that
 * overlap an earlier one are not highlighted twice (the first one wins).
 * Pure, O(n log n) in the number of claims.
 */
export function segmentText(body: string, claims: readonly SpanClaim[]): TextSegment[] {
  const inBody = (s: number, e: number) => s >= 0 && e <= body.length && s < e;
  const sorted = [...claims].filter((c) => inBody(c.start, c.end)).sort((a, b) => a.start - b.start);
  const highlighted: SpanClaim[] = [];
  for (const c of sorted) {
    const last = highlighted[highlighted.length - 1];
    if (!last || c.start >= last.end) highlighted.push(c);
  }
  const speakers = claims
    .filter((c) => c.speakerStart !== null && c.speakerEnd !== null && inBody(c.speakerStart, c.speakerEnd))
    .map((c) => [c.speakerStart!, c.speakerEnd!] as const);

  const cuts = new Set<number>([0, body.length]);
  for (const c of highlighted) cuts.add(c.start).add(c.end);
  for (const [s, e] of speakers) cuts.add(s).add(e);
  const points = [...cuts].sort((a, b) => a - b);

  const speakerDepth = new Map<number, number>();
  for (const [s, e] of speakers) {
    speakerDepth.set(s, (speakerDepth.get(s) ?? 0) + 1);
    speakerDepth.set(e, (speakerDepth.get(e) ?? 0) - 1);
  }

  const segments: TextSegment[] = [];
  let claimIdx = 0;
  let depth = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    depth += speakerDepth.get(start) ?? 0;
    while (claimIdx < highlighted.length && highlighted[claimIdx]!.end <= start) claimIdx++;
    const claim = highlighted[claimIdx];
    const claimId = claim && claim.start <= start && end <= claim.end ? claim.id : null;
    segments.push({ text: body.slice(start, end), start, claimId, speaker: depth > 0 });
  }
  return segments;
}
