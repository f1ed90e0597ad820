/** `npm run report -- --article <id> --format md|json [--out file]` */
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "@/lib/db/create-client";
import { buildReport } from "@/lib/reports/build-report";
import { renderReport } from "@/lib/reports/render-report";
import { entityId } from "@/lib/schemas/fields";
import { reportQuerySchema } from "@/lib/schemas/route-params";

const argsSchema = z.object({
  article: entityId("--article"),
  format: reportQuerySchema.shape.format,
  out: z.string().min(1).optional(),
  audience: z.enum(["desk", "public"]).default("desk"),
});

async function main(argv: string[]): Promise<number> {
  let args: z.infer<typeof argsSchema>;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { article: { type: "string" }, format: { type: "string" }, out: { type: "string" }, audience: { type: "string" } },
    });
    args = argsSchema.parse(values);
  } catch (error) {
    console.error(`report: ${error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message}`);
    console.error("usage: npm run report -- --article <id> --format md|json [--out file] [--audience desk|public]");
    return 2;
  }
  const db = createPrismaClient();
  try {
    const model = await buildReport(db, { articleId: args.article, audience: args.audience });
    if (!model) {
      console.error(`report: article ${args.article} was not found`);
      return 1;
    }
    const { body } = renderReport(model, args.format);
    if (args.out) await writeFile(args.out, body);
    else process.stdout.write(body);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("report:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
