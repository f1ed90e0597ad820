import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { articleFromFile, kindOfFile } from "@/lib/articles/article-file";
import { createArticle } from "@/lib/articles/create-article";
import { createPrismaClient } from "@/lib/db/create-client";
import { createArticleSchema, MAX_ARTICLE_CHARS } from "@/lib/schemas/article";

const argsSchema = z.object({
  file: z.string({ error: "give the article file to import" }),
  title: z.string().optional(),
  lang: z.string().optional(),
  url: z.string().optional(),
  publisher: z.string().optional(),
  "published-at": z.string().optional(),
  as: z.email("--as must be the email of an existing user").optional(),
});

/** `claims import <file>`: stores an article (txt, md or html) and its extracted claims. */
export async function runImport(argv: string[]): Promise<number> {
  let args;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        title: { type: "string" },
        lang: { type: "string" },
        url: { type: "string" },
        publisher: { type: "string" },
        "published-at": { type: "string" },
        as: { type: "string" },
      },
    });
    if (positionals.length > 1) throw new Error(`one file at a time (got ${positionals.length})`);
    args = argsSchema.parse({ ...values, file: positionals[0] });
  } catch (error) {
    console.error(`claims import: ${error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message}`);
    return 2;
  }

  const kind = kindOfFile(args.file);
  if (!kind) {
    console.error("claims import: the file must be .txt, .md or .html");
    return 2;
  }
  const info = await stat(args.file).catch(() => null);
  if (!info?.isFile()) {
    console.error(`claims import: ${args.file} is not a readable file`);
    return 2;
  }
  if (info.size > MAX_ARTICLE_CHARS * 4) {
    console.error(`claims import: the file is ${info.size} bytes; the limit is ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters`);
    return 2;
  }
  const content = await readFile(args.file, "utf8");
  const fromFile = articleFromFile(kind, content);
  const input = createArticleSchema.safeParse({
    title: args.title ?? fromFile.title ?? path.basename(args.file),
    body: fromFile.body,
    language: args.lang ?? "",
    url: args.url ?? "",
    publisher: args.publisher ?? "",
    publishedAt: args["published-at"] ?? "",
  });
  if (!input.success) {
    console.error(`claims import: ${z.prettifyError(input.error)}`);
    return 2;
  }

  const db = createPrismaClient();
  try {
    // Attributed to --as, or to the first admin: the CLI runs with the server's own rights.
    const actor = args.as
      ? await db.user.findUnique({ where: { email: args.as }, select: { id: true } })
      : await db.user.findFirst({ where: { role: "admin" }, orderBy: { createdAt: "asc" }, select: { id: true } });
    if (args.as && !actor) {
      console.error(`claims import: no user with email ${args.as}`);
      return 2;
    }
    const article = await createArticle(db, input.data, { actorId: actor?.id ?? null });
    console.log(`imported "${article.title}" (${article.language}) as ${article.id} with ${article.claimCount} claims`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}
