import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db/create-client";
import { e2eDatabaseUrl } from "./paths";

/**
 * Published and draft report data, written through Prisma on the run's e2e
 * database (the approval workflow has no UI to drive yet). Each test gets its
 * own article, deleted afterwards.
 *
 * The generated Prisma client is an ES module (import.meta), which
 * Playwright's CommonJS transform cannot load, so the writes run in a child
 * `node --import tsx` process (as the unit tests do) that calls this file.
 */
export interface ReportArticle {
  articleId: string;
  title: string;
  published: { id: string; text: string; rationale: string; sourceTitle: string };
  draft: { id: string; text: string; rationale: string };
  hostile: { id: string; text: string };
}

export const HOSTILE_CLAIM =
  '=HYPERLINK("http://evil.example/x","ver") </script><script>alert(1)</script><!-- <b>negrito</b> \u202Eevil\u202C \u200F مرحبا 😀 ação';

export async function createReportArticle(db: Db): Promise<ReportArticle> {
  const tag = randomUUID().slice(0, 8);
  const title = `Merenda escolar e inflação ${tag}`;
  const published = {
    text: "O governo gastou 3 milhões de reais com merenda escolar em 2024.",
    rationale: "Os dados do **Portal da Transparência** mostram 1,2 milhão, não 3 milhões.",
    sourceTitle: "Despesas com alimentação escolar — Portal da Transparência",
  };
  const draft = { text: "A inflação caiu pela metade em um único mês.", rationale: "RASCUNHO: ainda não revisado por um editor." };
  const body = `${published.text} ${draft.text} ${HOSTILE_CLAIM} Fim.`;
  const scale = await db.ratingScale.findFirstOrThrow({ where: { isDefault: true }, select: { id: true, ratings: { select: { id: true, key: true } } } });
  const rating = (key: string) => scale.ratings.find((r) => r.key === key)!.id;
  const editor = await db.user.findFirst({ select: { id: true } });
  const approved = { approvedAt: new Date(), approvedById: editor?.id ?? null, authorId: editor?.id ?? null };
  const span = (text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });

  const article = await db.article.create({
    data: { title, body, language: "pt", url: `https://jornal.example.org/${tag}`, publisher: "Jornal Exemplo", publishedAt: new Date("2026-03-01T00:00:00Z"), scaleId: scale.id },
    select: { id: true },
  });
  const pub = await db.claim.create({
    data: {
      articleId: article.id,
      text: published.text,
      ...span(published.text),
      speaker: "Ministério da Educação",
      status: "published",
      verdicts: { create: { ratingId: rating("false"), rationale: published.rationale, ...approved } },
      sources: {
        create: [
          {
            url: "https://portaldatransparencia.example.gov.br/despesas",
            title: published.sourceTitle,
            publisher: "CGU",
            excerpt: "Total pago em 2024: R$ 1,2 milhão.",
            stance: "refutes",
            archiveUrl: "https://web.archive.org/web/2026/https://portaldatransparencia.example.gov.br/despesas",
          },
        ],
      },
    },
    select: { id: true },
  });
  const dr = await db.claim.create({
    data: {
      articleId: article.id,
      text: draft.text,
      ...span(draft.text),
      speaker: "Ana Souza",
      status: "in_review",
      verdicts: { create: { ratingId: rating("true"), rationale: draft.rationale, authorId: editor?.id ?? null } },
    },
    select: { id: true },
  });
  const hostile = await db.claim.create({
    data: {
      articleId: article.id,
      text: HOSTILE_CLAIM,
      ...span(HOSTILE_CLAIM),
      speaker: "@SUM(1+1) <i>porta-voz</i>",
      status: "published",
      verdicts: { create: { ratingId: rating("unverifiable"), rationale: "<script>alert(2)</script> [x](javascript:alert(3))", ...approved } },
      sources: { create: [{ url: "https://example.org/fonte", title: "-2+3 </script>", excerpt: "+cmd|' /C calc'!A0", stance: "context" }] },
    },
    select: { id: true },
  });
  return {
    articleId: article.id,
    title,
    published: { id: pub.id, ...published },
    draft: { id: dr.id, ...draft },
    hostile: { id: hostile.id, text: HOSTILE_CLAIM },
  };
}

function runChild(command: "create" | "delete", arg = ""): string {
  const code = `import(${JSON.stringify(__filename)}).then((m) => (m.default ?? m).childMain(${JSON.stringify(command)}, ${JSON.stringify(arg)}))`;
  return execFileSync(process.execPath, ["--import", "tsx", "-e", code], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl },
    encoding: "utf8",
  });
}

/** Creates a fresh report article on the e2e database (from a Playwright fixture). */
export function seedReportArticle(): ReportArticle {
  const out = runChild("create");
  return JSON.parse(out.slice(out.indexOf("{"))) as ReportArticle;
}

export function deleteReportArticle(articleId: string): void {
  runChild("delete", articleId);
}

/** The child process side: connect through lib/db and write or delete. */
export async function childMain(command: "create" | "delete", arg: string): Promise<void> {
  const { createPrismaClient } = await import("../../lib/db/create-client");
  const db = createPrismaClient();
  try {
    if (command === "create") process.stdout.write(JSON.stringify(await createReportArticle(db)));
    else await db.article.delete({ where: { id: arg } });
  } finally {
    await db.$disconnect();
  }
}
