/**
 * `npm run report -- --article <id> --format html|pdf|md|json|csv|claimreview
 *  [--claim <id> | --claims <id1,id2>] [--audience desk|public] [--out file]`
 */
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "@/lib/db/create-client";
import { buildReport } from "@/lib/reports/build-report";
import { reportFormats } from "@/lib/reports/formats";
import { renderReport } from "@/lib/reports/render-report";
import { entityId } from "@/lib/schemas/fields";
import { reportQuerySchema } from "@/lib/schemas/route-params";

const USAGE = `usage: npm run report -- --article <id> --format ${reportFormats.join("|")} [--claim <id> | --claims <id1,id2>] [--audience desk|public] [--out file]`;

const fileArgsSchema = z.object({
  article: entityId("--article"),
  out: z.string().min(1, "--out needs a file name").optional(),
});
// format, claim(s) and audience follow the same rules as the API's query
const argsSchema = z
  .object({ file: fileArgsSchema, query: reportQuerySchema })
  .transform(({ file, query }) => ({ ...file, ...query }));

async function main(argv: string[]): Promise<number> {
  let args: z.infer<typeof argsSchema>;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        article: { type: "string" },
        format: { type: "string" },
        claim: { type: "string" },
        claims: { type: "string" },
        audience: { type: "string" },
        out: { type: "string" },
      },
    });
    const { article, out, ...query } = values;
    args = argsSchema.parse({ file: { article, out }, query });
  } catch (error) {
    // "→ at query.format" reads better as "→ at --format"
    const message = error instanceof z.ZodError ? z.prettifyError(error).replace(/→ at (file|query)\./g, "→ at --") : (error as Error).message;
    console.error(`report: ${message}`);
    console.error(USAGE);
    return 2;
  }
  if (args.format === "pdf" && !args.out && process.stdout.isTTY) {
    console.error("report: a PDF is binary; give --out file.pdf (or redirect stdout)");
    return 2;
  }
  const db = createPrismaClient();
  try {
    const model = await buildReport(db, { articleId: args.article, claimIds: args.claimIds, audience: args.audience });
    if (!model) {
      console.error(`report: article ${args.article} was not found`);
      return 1;
    }
    if (args.claimIds && model.claims.length === 0) {
      console.error(`report: none of the selected claims has a${args.audience === "public" ? " published" : ""} verdict`);
      return 1;
    }
    const { body, warnings } = await renderReport(model, args.format);
    for (const warning of warnings) console.error(`report: warning: ${warning}`);
    if (args.out) {
      await writeFile(args.out, body);
      console.error(`report: wrote ${args.out} (${model.claims.length} claims, ${args.format})`);
    } else process.stdout.write(body);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2)).then(
  // exitCode, not exit(): a large report piped to stdout must be flushed first
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error("report:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
