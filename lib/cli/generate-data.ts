/**
 * Deterministic synthetic desk data for the database benchmarks: articles of
 * 50 claims each (Portuguese and English), ~0.8 sources and 0.5 verdicts per
 * claim, written with bulk inserts (one better-sqlite3 transaction; multi-row
 * `INSERT … SELECT unnest(…)` batches on PostgreSQL, secondary indexes built
 * after the load). Same seed, same rows, on both databases.
 *
 *   tsx lib/cli/generate-data.ts --db sqlite --claims 100000 --out /tmp/x.db
 *   tsx lib/cli/generate-data.ts --db postgres --claims 100000 --out postgresql://…/bench
 *
 * Every article body contains its claims at their [start, end) offsets, so
 * the article page renders real highlights. One word, "zeppelin", appears in
 * exactly 20 claims whatever the size: a search whose result set does not
 * grow with the database.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { migrations } from "@/lib/db/test-db";
import { seededRandom } from "./seeded-random";

export const CLAIMS_PER_ARTICLE = 50;
export const RARE_WORD = "zeppelin";
const RARE_WORD_CLAIMS = 20;


const vocab = {
  pt: {
    speakers: ["o ministro da Fazenda", "a governadora", "o prefeito", "a senadora Ana Lima", "o presidente do banco central", "o sindicato", "a secretária de Saúde", "o deputado Carlos Mendes"],
    subjects: ["O desemprego", "A inflação", "O nível dos reservatórios", "O número de homicídios", "O preço da gasolina", "A produção de soja", "O déficit público", "A taxa de vacinação", "O salário mínimo", "O desmatamento na Amazônia"],
    verbs: ["caiu para", "subiu para", "chegou a", "ficou em", "recuou para", "dobrou e atingiu"],
    tails: ["no último trimestre", "desde o início do ano", "em comparação com 2023", "segundo dados oficiais", "pela primeira vez em dez anos", "nas capitais do Nordeste"],
    fillers: ["A declaração foi feita durante entrevista coletiva.", "Especialistas ouvidos pela reportagem contestam os números.", "O governo não comentou o assunto.", "Os dados serão revisados no próximo mês."],
    rationale: ["Os dados oficiais do IBGE confirmam o número citado.", "A estatística citada está desatualizada e omite a revisão metodológica.", "Não há base pública que sustente a afirmação.", "O número está correto, mas a comparação com o ano anterior é enganosa."],
  },
  en: {
    speakers: ["the finance minister", "the governor", "the mayor", "Senator Jane Porter", "the central bank chief", "the union", "the health secretary", "Representative Mark Hale"],
    subjects: ["Unemployment", "Inflation", "Reservoir capacity", "The homicide rate", "The price of petrol", "Wheat production", "The budget deficit", "The vaccination rate", "The minimum wage", "Deforestation in the north"],
    verbs: ["fell to", "rose to", "reached", "stood at", "dropped to", "doubled to"],
    tails: ["in the last quarter", "since the start of the year", "compared with 2023", "according to official figures", "for the first time in a decade", "across coastal cities"],
    fillers: ["The statement was made at a press conference.", "Experts consulted for this story dispute the figures.", "The government declined to comment.", "The data will be revised next month."],
    rationale: ["Official statistics confirm the figure quoted.", "The statistic is outdated and ignores a methodology revision.", "There is no public source for the claim.", "The number is right, but the comparison with last year is misleading."],
  },
} as const;

const publishers = ["Folha Diária", "Correio Nacional", "The Morning Ledger", "Harbour Times", "Agência Norte"];
const stances = ["supports", "refutes", "context"] as const;

export interface Row {
  [column: string]: string | number | boolean | null;
}
export interface Batch {
  articles: Row[];
  claims: Row[];
  sources: Row[];
  verdicts: Row[];
}

const pad = (n: number) => String(n).padStart(10, "0");
const baseTime = Date.UTC(2025, 0, 1);

/** Articles [from, to) as rows; `date` formats timestamps the way the target database stores them. */
export function makeBatch(
  from: number,
  to: number,
  totalClaims: number,
  ctx: { scaleId: string; userId: string; ratingIds: string[]; date: (ms: number) => string },
): Batch {
  const out: Batch = { articles: [], claims: [], sources: [], verdicts: [] };
  const totalArticles = Math.ceil(totalClaims / CLAIMS_PER_ARTICLE);
  // the claims that carry the rare word, spread evenly over the data set
  const rareEvery = Math.max(1, Math.floor(totalClaims / RARE_WORD_CLAIMS));
  for (let a = from; a < to; a++) {
    const rand = seededRandom(a + 1);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const lang = a % 3 === 0 ? "en" : "pt";
    const v = vocab[lang];
    const articleId = `art${pad(a)}`;
    const createdMs = baseTime + a * 60_000;
    let body = "";
    const claims: Row[] = [];
    for (let j = 0; j < CLAIMS_PER_ARTICLE && a * CLAIMS_PER_ARTICLE + j < totalClaims; j++) {
      const n = a * CLAIMS_PER_ARTICLE + j;
      const speaker = pick(v.speakers);
      const figure = `${(rand() * 90 + 1).toFixed(1).replace(".", lang === "pt" ? "," : ".")}%`;
      let text = `${pick(v.subjects)} ${pick(v.verbs)} ${figure} ${pick(v.tails)}`;
      if (n % rareEvery === 0 && n / rareEvery < RARE_WORD_CLAIMS) text += ` (${RARE_WORD})`;
      const sentence = lang === "pt" ? `${text}, disse ${speaker}. ` : `${text}, said ${speaker}. `;
      const start = body.length;
      body += sentence;
      if (rand() < 0.3) body += `${pick(v.fillers)} `;
      const claimId = `clm${pad(n)}`;
      const at = ctx.date(createdMs + j * 1000);
      claims.push({
        id: claimId,
        articleId,
        text,
        start,
        end: start + text.length,
        speaker,
        score: Math.round(rand() * 1000) / 1000,
        status: n % 2 === 0 ? "awaiting_approval" : n % 7 === 0 ? "in_review" : "new",
        createdAt: at,
        updatedAt: at,
      });
      const sourceCount = n % 5 === 0 ? 2 : n % 5 < 3 ? 1 : 0;
      for (let k = 0; k < sourceCount; k++) {
        out.sources.push({
          id: `src${pad(n)}${k}`,
          claimId,
          url: `https://example.org/${lang}/${n}/${k}`,
          title: `${pick(v.subjects)}: ${pick(v.tails)}`,
          publisher: pick(publishers),
          excerpt: pick(v.fillers),
          stance: pick(stances),
          addedById: ctx.userId,
          createdAt: at,
        });
      }
      if (n % 2 === 0) {
        out.verdicts.push({
          id: `vrd${pad(n)}`,
          claimId,
          ratingId: pick(ctx.ratingIds),
          rationale: pick(v.rationale),
          authorId: ctx.userId,
          createdAt: at,
        });
      }
    }
    out.articles.push({
      id: articleId,
      title: lang === "pt" ? `Checagem ${a}: ${pick(v.subjects)} ${pick(v.tails)}` : `Check ${a}: ${pick(v.subjects)} ${pick(v.tails)}`,
      body: body.trimEnd(),
      language: lang,
      publisher: pick(publishers),
      scaleId: ctx.scaleId,
      createdById: ctx.userId,
      createdAt: ctx.date(createdMs),
      updatedAt: ctx.date(createdMs),
    });
    out.claims.push(...claims);
  }
  void totalArticles;
  return out;
}

const ratingKeys = ["true", "mostly-true", "misleading", "mostly-false", "false", "unverifiable"];

function baseRows(date: (ms: number) => string) {
  const at = date(baseTime);
  return {
    scale: { id: "scale0000default", key: "default", name: "Default", isDefault: true, createdAt: at },
    ratings: ratingKeys.map((key, position) => ({ id: `rating000000${position}`, scaleId: "scale0000default", key, position, offScale: key === "unverifiable", color: "#6b7280" })),
    labels: ratingKeys.flatMap((key, position) => [
      { id: `label00000en${position}`, ratingId: `rating000000${position}`, locale: "en", label: key },
      { id: `label000ptbr${position}`, ratingId: `rating000000${position}`, locale: "pt-BR", label: key },
    ]),
    user: { id: "user0000benchdesk", name: "Bench Reviewer", email: "bench@example.org", role: "editor", createdAt: at, updatedAt: at },
  };
}

const sqliteDate = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
const pgDate = (ms: number) => new Date(ms).toISOString().replace("Z", "");

function insertSqlite(raw: Database.Database, table: string, rows: Row[]) {
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0]!);
  const stmt = raw.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`);
  for (const r of rows) stmt.run(...cols.map((c) => (typeof r[c] === "boolean" ? Number(r[c]) : r[c])));
}

/**
 * Generated data is cached between runs; migrations added since are applied
 * on top (the bench's own ledger, `_bench_migrations`, says which ran).
 */
export function migrateSqlite(raw: Database.Database): void {
  raw.exec(`CREATE TABLE IF NOT EXISTS "_bench_migrations" ("name" TEXT PRIMARY KEY)`);
  const done = new Set((raw.prepare(`SELECT "name" FROM "_bench_migrations"`).all() as { name: string }[]).map((r) => r.name));
  for (const m of migrations("sqlite")) {
    if (done.has(m.name)) continue;
    raw.exec(m.sql);
    raw.prepare(`INSERT INTO "_bench_migrations" ("name") VALUES (?)`).run(m.name);
  }
}

export async function migratePostgres(client: pg.Client): Promise<void> {
  await client.query(`CREATE TABLE IF NOT EXISTS "_bench_migrations" ("name" TEXT PRIMARY KEY)`);
  const done = new Set((await client.query<{ name: string }>(`SELECT "name" FROM "_bench_migrations"`)).rows.map((r) => r.name));
  for (const m of migrations("postgres")) {
    if (done.has(m.name)) continue;
    await client.query(m.sql);
    await client.query(`INSERT INTO "_bench_migrations" ("name") VALUES ($1)`, [m.name]);
  }
}

export function generateSqlite(file: string, claims: number, log: (msg: string) => void = () => {}): void {
  const raw = new Database(file);
  migrateSqlite(raw);
  raw.pragma("journal_mode = OFF");
  raw.pragma("synchronous = OFF");
  const base = baseRows(sqliteDate);
  raw.transaction(() => {
    insertSqlite(raw, "RatingScale", [base.scale]);
    insertSqlite(raw, "Rating", base.ratings);
    insertSqlite(raw, "RatingLabel", base.labels);
    insertSqlite(raw, "User", [base.user]);
  })();
  const ctx = { scaleId: base.scale.id, userId: base.user.id, ratingIds: base.ratings.map((r) => r.id), date: sqliteDate };
  const articles = Math.ceil(claims / CLAIMS_PER_ARTICLE);
  const step = 200;
  for (let a = 0; a < articles; a += step) {
    const b = makeBatch(a, Math.min(articles, a + step), claims, ctx);
    raw.transaction(() => {
      insertSqlite(raw, "Article", b.articles);
      insertSqlite(raw, "Claim", b.claims); // triggers index each row for search
      insertSqlite(raw, "Source", b.sources);
      insertSqlite(raw, "Verdict", b.verdicts);
    })();
    if ((a / step) % 50 === 0) log(`sqlite: ${Math.min(articles, a + step)}/${articles} articles`);
  }
  raw.exec("ANALYZE");
  raw.pragma("journal_mode = WAL");
  raw.close();
}

async function insertPg(client: pg.Client, table: string, rows: Row[]) {
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0]!);
  const types = cols.map((c) => {
    const v = rows[0]![c];
    if (typeof v === "number") return Number.isInteger(v) && !["score"].includes(c) ? "int[]" : "float8[]";
    if (typeof v === "boolean") return "bool[]";
    if (/At$/.test(c)) return "timestamp[]";
    return "text[]";
  });
  const sql = `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) SELECT * FROM unnest(${types.map((t, i) => `$${i + 1}::${t}`).join(", ")})`;
  await client.query(sql, cols.map((c) => rows.map((r) => r[c])));
}

export async function generatePostgres(url: string, claims: number, log: (msg: string) => void = () => {}): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await migratePostgres(client);
    // Build secondary indexes once after the load instead of row by row.
    const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT i.indexname, i.indexdef FROM pg_indexes i
       WHERE i.schemaname = 'public' AND i.tablename IN ('Article', 'Claim', 'Source', 'Verdict', 'ClaimSearch')
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    );
    for (const ix of indexes) await client.query(`DROP INDEX "${ix.indexname}"`);
    const base = baseRows(pgDate);
    await insertPg(client, "RatingScale", [base.scale]);
    await insertPg(client, "Rating", base.ratings);
    await insertPg(client, "RatingLabel", base.labels);
    await insertPg(client, "User", [base.user]);
    const ctx = { scaleId: base.scale.id, userId: base.user.id, ratingIds: base.ratings.map((r) => r.id), date: pgDate };
    const articles = Math.ceil(claims / CLAIMS_PER_ARTICLE);
    const step = 200;
    for (let a = 0; a < articles; a += step) {
      const b = makeBatch(a, Math.min(articles, a + step), claims, ctx);
      await client.query("BEGIN");
      await insertPg(client, "Article", b.articles);
      await insertPg(client, "Claim", b.claims);
      await insertPg(client, "Source", b.sources);
      await insertPg(client, "Verdict", b.verdicts);
      await client.query("COMMIT");
      if ((a / step) % 50 === 0) log(`postgres: ${Math.min(articles, a + step)}/${articles} articles`);
    }
    await client.query("SET maintenance_work_mem = '512MB'");
    for (const ix of indexes) {
      log(`postgres: building ${ix.indexname}`);
      await client.query(ix.indexdef);
    }
    await client.query("VACUUM ANALYZE");
  } finally {
    await client.end();
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1]?.includes("generate-data")) {
  const db = arg("db");
  const claims = Number(arg("claims") ?? 1000);
  const out = arg("out");
  if ((db !== "sqlite" && db !== "postgres") || !out || !Number.isInteger(claims) || claims < 1) {
    console.error("usage: generate-data --db sqlite|postgres --claims N --out <file | postgresql://…>");
    process.exit(2);
  }
  const t0 = performance.now();
  const done = () => console.log(`generated ${claims} claims (${db}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (db === "sqlite") {
    generateSqlite(out, claims, console.log);
    done();
  } else {
    generatePostgres(out, claims, console.log).then(done, (e: unknown) => {
      console.error(e);
      process.exit(1);
    });
  }
}
