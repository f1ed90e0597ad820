// Measures the claim extractor against hand-annotated articles.
//   npx tsx lib/cli/eval-claims.ts
// Sources: every seeds/*.claims.json, plus ../shared/seeds/putin-kim-arms.claims.json
// (relative to the project root; falls back to the seeds/ copy).
//
// Matching rules (documented here because the numbers mean nothing without them):
// - An annotation matches the extracted claim whose text contains its `contains`
//   phrase (whitespace-normalised); failing that, the claim overlapping most of
//   the phrase's first occurrence in the body.
// - Recall: annotations with checkworthy=true whose matched claim is checkworthy.
// - Precision: extracted checkworthy claims matching some checkworthy=true
//   annotation, over all extracted checkworthy claims (unannotated ones count as
//   false positives, so this is strict).
// - Speaker accuracy, over matched annotations: both null, or both non-null and,
//   after folding case/accents and dropping determiners and "segundo"/"according
//   to", one contains the other or they share the main name (the last word of
//   3+ letters of either one, e.g. "Hertling" ~ "Mark Hertling").
// - Groups, pairwise: for every pair of matched annotations, "same annotated
//   group" must equal "same extracted group". Also reported: exact partition
//   (all pairs agree).
// Exit code is always 0: this is a measurement, not a test.

import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { extractClaims, type ExtractedClaim } from "../claims/index";

const Annotation = z.object({
  id: z.string(),
  contains: z.string(),
  speaker: z.string().nullable(),
  checkworthy: z.boolean(),
  group: z.string(),
});
const AnnotatedArticle = z.object({
  article: z.string(),
  language: z.enum(["pt", "en"]),
  about: z.string().optional(),
  claims: z.array(Annotation),
});

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
const DROP = new Set("o a os as um uma the a an segundo conforme according to de acordo com".split(" "));

function speakerWords(s: string): string[] {
  return fold(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w && !DROP.has(w));
}

export function speakersMatch(extracted: string | null, annotated: string | null): boolean {
  if (extracted === null || annotated === null) return extracted === annotated;
  const a = speakerWords(extracted).join(" ");
  const b = speakerWords(annotated).join(" ");
  if (!a || !b) return false;
  if (a.includes(b) || b.includes(a)) return true;
  const main = (ws: string[]) => [...ws].reverse().find((w) => w.length >= 3);
  const ma = main(a.split(" "));
  const mb = main(b.split(" "));
  return (!!ma && b.split(" ").includes(ma)) || (!!mb && a.split(" ").includes(mb));
}

function matchClaim(body: string, claims: ExtractedClaim[], phrase: string): ExtractedClaim | null {
  const p = fold(phrase);
  const direct = claims.find((c) => fold(c.text).includes(p));
  if (direct) return direct;
  const at = body.indexOf(phrase);
  if (at < 0) return null;
  let best: ExtractedClaim | null = null;
  let bestOverlap = 0;
  for (const c of claims) {
    const overlap = Math.min(c.end, at + phrase.length) - Math.max(c.start, at);
    if (overlap > bestOverlap) [best, bestOverlap] = [c, overlap];
  }
  return best;
}

const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)} %`);

function evaluate(file: string): void {
  const parsed = AnnotatedArticle.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    console.log(`\n## ${file}\n  invalid annotation file: ${parsed.error.issues[0]?.message ?? "?"}`);
    return;
  }
  const ann = parsed.data;
  const txt = path.join(path.dirname(file), ann.article);
  if (!existsSync(txt)) {
    console.log(`\n## ${file}\n  article ${txt} not found`);
    return;
  }
  const body = readFileSync(txt, "utf8");
  const t0 = performance.now();
  const { claims, language } = extractClaims(body, { language: ann.language });
  const ms = performance.now() - t0;
  const misses: string[] = [];
  const matched = ann.claims.map((a) => ({ a, c: matchClaim(body, claims, a.contains) }));

  const positives = matched.filter((m) => m.a.checkworthy);
  const found = positives.filter((m) => m.c?.checkworthy);
  for (const m of positives) if (!m.c?.checkworthy) misses.push(`missed checkworthy [${m.a.id}] score=${m.c?.score ?? "no claim"}`);

  const goodClaims = new Set(positives.flatMap((m) => (m.c ? [m.c] : [])));
  const flagged = claims.filter((c) => c.checkworthy);
  const truePos = flagged.filter((c) => goodClaims.has(c));
  for (const c of flagged) if (!goodClaims.has(c)) misses.push(`false positive (score ${c.score}): ${c.text.slice(0, 90)}`);

  const withClaim = matched.filter((m) => m.c);
  const speakerOk = withClaim.filter((m) => speakersMatch(m.c?.speaker ?? null, m.a.speaker));
  for (const m of withClaim)
    if (!speakersMatch(m.c?.speaker ?? null, m.a.speaker)) misses.push(`speaker [${m.a.id}] expected ${JSON.stringify(m.a.speaker)} got ${JSON.stringify(m.c?.speaker)}`);

  let pairs = 0;
  let agree = 0;
  for (let i = 0; i < withClaim.length; i++)
    for (let j = i + 1; j < withClaim.length; j++) {
      const x = withClaim[i];
      const y = withClaim[j];
      if (!x?.c || !y?.c) continue;
      pairs++;
      const sameAnn = x.a.group === y.a.group;
      const sameExt = x.c.group === y.c.group;
      if (sameAnn === sameExt) agree++;
      else misses.push(`group pair [${x.a.id}] / [${y.a.id}]: annotated ${sameAnn ? "same" : "different"}, extracted ${sameExt ? "same" : "different"}`);
    }

  console.log(`\n## ${path.basename(file)}  (${language}, ${claims.length} claims extracted, ${ms.toFixed(1)} ms)`);
  console.log(`  recall (checkworthy)  ${pct(found.length, positives.length)}  (${found.length}/${positives.length})`);
  console.log(`  precision             ${pct(truePos.length, flagged.length)}  (${truePos.length}/${flagged.length})`);
  console.log(`  speaker accuracy      ${pct(speakerOk.length, withClaim.length)}  (${speakerOk.length}/${withClaim.length})`);
  console.log(`  group pairs agreeing  ${pct(agree, pairs)}  (${agree}/${pairs}), exact partition: ${agree === pairs ? "yes" : "no"}`);
  if (matched.some((m) => !m.c)) misses.push(...matched.filter((m) => !m.c).map((m) => `no claim contains [${m.a.id}]`));
  for (const m of misses) console.log(`  - ${m}`);
}

function annotationFiles(root: string): string[] {
  const seeds = path.join(root, "seeds");
  const local = existsSync(seeds) ? readdirSync(seeds).filter((f) => f.endsWith(".claims.json")).sort().map((f) => path.join(seeds, f)) : [];
  const shared = path.resolve(root, "../shared/seeds/putin-kim-arms.claims.json");
  const out = local.filter((f) => path.basename(f) !== "putin-kim-arms.claims.json");
  const ref = existsSync(shared) ? shared : path.join(seeds, "putin-kim-arms.claims.json");
  if (existsSync(ref)) out.unshift(ref);
  return out;
}

function main(): void {
  const root = process.cwd();
  const files = annotationFiles(root);
  console.log(`# Claim extraction eval (${files.length} annotated articles)`);
  for (const f of files) {
    try {
      evaluate(f);
    } catch (err) {
      console.log(`\n## ${f}\n  error: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

main();
