/**
 * `npm run db:backup -- [--out FILE]`: a consistent copy of the live SQLite
 * database (online backup API), safe while the app runs.
 * `npm run db:restore -- --from FILE`: puts a backup back (stop the app first).
 * For PostgreSQL use pg_dump / pg_restore (README).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { backupSqlite, restoreSqlite } from "@/lib/reliability/backup";

const argsSchema = z.object({
  command: z.enum(["backup", "restore"]),
  out: z.string().min(1).optional(),
  from: z.string().min(1).optional(),
});

async function main(): Promise<number> {
  let args: z.infer<typeof argsSchema>;
  try {
    const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: "string" }, from: { type: "string" } } });
    args = argsSchema.parse({ ...values, command: positionals[0] });
  } catch (error) {
    console.error(`db: ${error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message}`);
    console.error("usage: npm run db:backup -- [--out FILE] | npm run db:restore -- --from FILE");
    return 2;
  }
  const target = resolveDatabaseTarget();
  if (target.kind !== "sqlite") {
    console.error("db: this database is PostgreSQL; back it up with pg_dump (see README).");
    return 2;
  }
  if (args.command === "backup") {
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const out = args.out ?? path.join(path.dirname(target.file), `backup-${stamp}.db`);
    const { pages } = await backupSqlite(target.file, out);
    console.log(`db: backed up ${target.file} to ${out} (${pages} pages, integrity ok)`);
    return 0;
  }
  if (!args.from) {
    console.error("db: give the backup to restore with --from FILE");
    return 2;
  }
  restoreSqlite(args.from, target.file);
  console.log(`db: restored ${args.from} over ${target.file}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("db:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
