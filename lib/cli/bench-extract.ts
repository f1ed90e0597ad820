// Throughput benchmark of the claim extractor.
//   npx tsx lib/cli/bench-extract.ts
// Generates deterministic news-like text (PT and EN mixed, headlines, bullets,
// quotes, attributions) at 30 kB, 1 MB and 10 MB; measures extractClaims MB/s
// against the bare reference (Intl.Segmenter sentence split, paragraph by
// paragraph; the extractor itself no longer uses Intl.Segmenter) and rewrites
// docs/BENCHMARKS-extract.md.
// Targets: >= 5 MB/s at every size and <= 3x the reference time.

import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { extractClaims } from "../claims/index";
import { seededRandom } from "./seeded-random";


const PT = {
  names: ["Ana Ribeiro", "Carlos Menezes", "Júlia Tavares", "Paulo Henrique Lacerda", "Marta Siqueira", "o Sr. Duarte"],
  orgs: ["o Ministério da Fazenda", "a Aneel", "o IBGE", "a Petrobras", "o Banco Central", "a prefeitura de São Paulo"],
  places: ["Brasília", "Recife", "Porto Alegre", "Belém", "Curitiba", "Manaus"],
  topics: ["a inflação", "o desemprego", "a safra de soja", "a conta de luz", "o preço do diesel", "a dívida pública"],
  verbs: ["subiu", "caiu", "ficou estável", "dobrou", "recuou"],
  months: ["janeiro", "março", "junho", "setembro", "novembro"],
  says: ["disse", "afirmou", "informou", "declarou"],
};
const EN = {
  names: ["Tomas Brandt", "Elena Varga", "Dr. Ana Ruiz", "Mark Collins", "Sarah O'Neill", "Lt. Gen. John Hale"],
  orgs: ["the Treasury", "the port authority", "the U.S. Census Bureau", "Northline Terminals", "the central bank", "the city council"],
  places: ["Chicago", "Lisbon", "Halden", "Denver", "Glasgow", "Austin"],
  topics: ["inflation", "unemployment", "the wheat harvest", "power bills", "diesel prices", "public debt"],
  verbs: ["rose", "fell", "held steady", "doubled", "eased"],
  months: ["January", "March", "June", "September", "November"],
  says: ["said", "told reporters", "announced", "reported"],
};

function article(rand: () => number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const num = () => (rand() < 0.5 ? `${Math.floor(rand() * 90 + 2)}%` : `${Math.floor(rand() * 9 + 1)}.${Math.floor(rand() * 900 + 100)}`);
  const pt = rand() < 0.5;
  const L = pt ? PT : EN;
  const paras: string[] = [];
  const topic = pick(L.topics);
  paras.push(pt ? `${cap(topic)} ${pick(L.verbs)} ${num()} em ${pick(L.months)}, diz ${pick(L.orgs)}` : `${cap(topic)} ${pick(L.verbs)} ${num()} in ${pick(L.months)}, ${pick(L.orgs)} says`);
  const bullets = [0, 1, 2].map(() =>
    pt ? `  • ${cap(pick(L.topics))} ${pick(L.verbs)} ${num()} em ${pick(L.places)} no ano passado.` : `  • ${cap(pick(L.topics))} ${pick(L.verbs)} ${num()} in ${pick(L.places)} last year.`,
  );
  paras.push(bullets.join("\n"));
  const n = 4 + Math.floor(rand() * 5);
  for (let i = 0; i < n; i++) {
    const s: string[] = [];
    const k = 2 + Math.floor(rand() * 3);
    for (let j = 0; j < k; j++) {
      const r = rand();
      if (pt) {
        if (r < 0.3) s.push(`${cap(pick(L.orgs))} ${pick(L.says)} na ${pick(["segunda-feira", "quinta-feira"])} que ${pick(L.topics)} ${pick(L.verbs)} ${num()} em ${pick(L.places)}.`);
        else if (r < 0.55) s.push(`“${cap(pick(L.topics))} vai melhorar. Os números de ${pick(L.months)} mostram isso”, ${pick(L.says)} ${pick(L.names)}, que comanda a área desde 2019.`);
        else if (r < 0.8) s.push(`Segundo ${pick(L.orgs)}, ${pick(L.topics)} ${pick(L.verbs)} ${num()} desde ${pick(L.months)} de 2022, o maior salto em dez anos.`);
        else s.push(`Acho que precisamos de mais transparência sobre ${pick(L.topics)}.`);
      } else {
        if (r < 0.3) s.push(`${cap(pick(L.orgs))} ${pick(L.says)} on ${pick(["Monday", "Thursday"])} that ${pick(L.topics)} ${pick(L.verbs)} ${num()} in ${pick(L.places)}.`);
        else if (r < 0.55) s.push(`"${cap(pick(L.topics))} will improve. The ${pick(L.months)} figures show it," ${pick(L.names)} said.`);
        else if (r < 0.8) s.push(`According to ${pick(L.orgs)}, ${pick(L.topics)} ${pick(L.verbs)} ${num()} since ${pick(L.months)} 2022, the largest jump in a decade.`);
        else s.push(`I think we need more transparency about ${pick(L.topics)}.`);
      }
    }
    paras.push(s.join(" "));
  }
  return paras.join("\n\n");
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function generate(size: number, seed = 42): string {
  const rand = seededRandom(seed);
  const parts: string[] = [];
  let len = 0;
  while (len < size) {
    const a = article(rand);
    parts.push(a);
    len += a.length + 2;
  }
  return parts.join("\n\n").slice(0, size);
}

function reference(text: string): number {
  const seg = new Intl.Segmenter("pt", { granularity: "sentence" });
  let n = 0;
  for (const p of text.split(/\n\s*\n/)) for (const s of seg.segment(p)) n += s.segment.length > 0 ? 1 : 0;
  return n;
}

/**
 * Best-of-`runs` wall time of `a` and of `b`, alternating a, b, a, b, … so both
 * see the same machine load (the bench often runs on a shared machine).
 */
function timePair(a: () => unknown, b: () => unknown, runs: number): [number, number] {
  let bestA = Infinity;
  let bestB = Infinity;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    a();
    bestA = Math.min(bestA, performance.now() - t);
    t = performance.now();
    b();
    bestB = Math.min(bestB, performance.now() - t);
  }
  return [bestA, bestB];
}

interface Row { label: string; bytes: number; claims: number; ms: number; refMs: number }

function main(): void {
  const sizes: Array<[string, number]> = [["30 kB", 30_000], ["1 MB", 1_000_000], ["10 MB", 10_000_000]];
  const rows: Row[] = [];
  const load = os.loadavg()[0] ?? 0;
  // Warm-up for one second, both sides alike: the first calls run the
  // extractor's JavaScript unoptimised (a 1 MB call takes ~300 ms cold,
  // ~60 ms hot), and the long-running server is what we are measuring.
  const warm = generate(50_000, 7);
  for (const until = performance.now() + 1000; performance.now() < until; ) {
    extractClaims(warm);
    reference(warm);
  }
  for (const [label, size] of sizes) {
    const text = generate(size);
    // More runs where a run is cheap: a short run is the most exposed to load spikes.
    const runs = size <= 1_000_000 ? 15 : 3;
    let claims = 0;
    const [ms, refMs] = timePair(() => (claims = extractClaims(text).claims.length), () => reference(text), runs);
    rows.push({ label, bytes: Buffer.byteLength(text, "utf8"), claims, ms, refMs });
  }
  const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);
  const lines = rows.map((r) =>
    `| ${r.label} | ${r.claims} | ${r.ms.toFixed(0)} ms | ${mbps(r.bytes, r.ms).toFixed(1)} MB/s | ${r.refMs.toFixed(0)} ms | ${mbps(r.bytes, r.refMs).toFixed(1)} MB/s | ${(r.ms / r.refMs).toFixed(2)}× |`,
  );
  const header = "| size | claims | extractClaims | MB/s | reference (Intl.Segmenter) | MB/s | ratio |\n|---|---|---|---|---|---|---|";
  const speedOk = rows.every((r) => mbps(r.bytes, r.ms) >= 5);
  const ratioOk = rows.every((r) => r.ms / r.refMs <= 3);
  const ok = speedOk && ratioOk;
  const loadEnd = os.loadavg()[0] ?? 0;
  const cpus = os.cpus();
  const machine = `${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}, load average ${load.toFixed(2)} at start, ${loadEnd.toFixed(2)} at end`;
  const table = `${header}\n${lines.join("\n")}`;
  console.log(table);
  console.log(`\nmachine: ${machine}\ntargets (>= 5 MB/s, <= 3x reference): ${ok ? "met" : "NOT met"}`);
  const doc = `# Claim extraction benchmark

Generated by \`npx tsx lib/cli/bench-extract.ts\` on ${new Date().toISOString().slice(0, 10)}.

- Machine: ${machine}
- Input: deterministic news-like text (PT and EN articles mixed: headlines, bullets, quotes, attributions), UTF-8 bytes.
- \`extractClaims\`: the full pipeline (blocks, sentence boundaries by one linear scan, speakers, scores, duplicate groups); best of ${"15 (30 kB, 1 MB) / 3 (10 MB)"} runs, alternating with the reference so both see the same load.
- Reference: the bare \`Intl.Segmenter\` sentence split of the same text, paragraph by paragraph.
- Targets: at least 5 MB/s at every size and at most 3× the reference time — **${ok ? "met" : "not met"}**.

${table}

Status: >= 5 MB/s ${speedOk ? "met" : "not met"}; <= 3× reference ${ratioOk ? "met" : "not met"}.
${ok ? "" : "Where the time goes (CPU profile, 1 MB): tokenising (with the per-word facts cache) is the largest single\nstage, about half the reference's time; then duplicate grouping, scoring, speaker patterns, sentence\nboundaries and building one result object per claim, plus garbage collection.\n"}
Timings are wall-clock on a shared machine: compare them with the load average above (a load well above the
core count slows both columns, and the small 30 kB case the most).

Small inputs are the most exposed to noise. Both functions are warmed up for a second first (the
extractor is JavaScript that the JIT optimises over its first calls; the reference is native code).

Notes: the extractor no longer uses Intl.Segmenter. Sentence boundaries come from one left-to-right scan
per block (lib/claims/boundaries.ts: terminal punctuation . ! ? … plus closing quotes, then whitespace, then
not a lowercase letter or continuation; abbreviations, initials, months and "U.S." in abbreviations.ts), so
a 10 MB single-paragraph body stays linear. Blocks are still capped at 2,000 characters, which bounds the
length of a sentence and the per-sentence speaker work. Duplicate grouping compares all pairs up to 400
claims and switches to candidate blocking on each claim's two rarest stems above that.
`;
  const out = path.join(process.cwd(), "docs", "BENCHMARKS-extract.md");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, doc);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

main();
