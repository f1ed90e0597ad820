// Throughput benchmark of the claim extractor.
//   npx tsx lib/cli/bench-extract.ts
// Generates deterministic news-like text (PT and EN mixed, headlines, bullets,
// quotes, attributions) at 30 kB, 1 MB and 10 MB; measures extractClaims MB/s
// against the bare reference (Intl.Segmenter sentence split, paragraph by
// paragraph) and rewrites docs/BENCHMARKS-extract.md.
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
  extractClaims(generate(50_000, 7)); // warm-up: JIT, stemmer caches
  for (const [label, size] of sizes) {
    const text = generate(size);
    // More runs where a run is cheap: a short run is the most exposed to load spikes.
    const runs = size <= 30_000 ? 15 : size <= 1_000_000 ? 7 : 3;
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
- \`extractClaims\`: the full pipeline (blocks, Intl.Segmenter per block, repairs, speakers, scores, duplicate groups); best of ${"15 (30 kB) / 7 (1 MB) / 3 (10 MB)"} runs, alternating with the reference so both see the same load.
- Reference: the bare \`Intl.Segmenter\` sentence split of the same text, paragraph by paragraph.
- Targets: at least 5 MB/s at every size and at most 3× the reference time — **${ok ? "met" : "not met"}**.

${table}

Status: >= 5 MB/s ${speedOk ? "met" : "not met"}; <= 3× reference ${ratioOk ? "met" : "not met"}.
${ok ? "" : "The extractor runs the same Intl.Segmenter pass as the reference (one call per block), so that pass alone\nis about 1× of the budget; the rest is tokenising, speaker patterns, scoring, stemming, duplicate candidates\nand building one result object per claim.\n"}
Timings are wall-clock on a shared machine: compare them with the load average above (a load well above the
core count slows both columns, and the small 30 kB case the most).

Notes: the extractor never hands Intl.Segmenter more than 2,000 characters at a time (V8's segmenter is
quadratic on long strings), so a 10 MB single-paragraph body stays linear. Duplicate grouping compares all
pairs up to 400 claims and switches to candidate blocking on each claim's two rarest stems above that.
`;
  const out = path.join(process.cwd(), "docs", "BENCHMARKS-extract.md");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, doc);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

main();
