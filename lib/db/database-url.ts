import path from "node:path";
import { z } from "zod";

/**
 * Which database the app and the Prisma CLI talk to. Pure and dependency-light
 * on purpose: prisma.config.ts imports it too.
 *
 * DATABASE_URL unset → SQLite file prisma/dev.db under the project.
 */
export type DatabaseTarget =
  | { kind: "sqlite"; url: string; file: string }
  | { kind: "postgres"; url: string };

const databaseUrlSchema = z
  .string()
  .trim()
  .min(1, "DATABASE_URL is empty; unset it to use the embedded SQLite database")
  .refine((u) => /^(file:|postgres(ql)?:\/\/)/.test(u), {
    message: "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)",
  });

// turbopackIgnore: resolved at run time, not a file the bundle should trace.
export const defaultSqliteFile = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "dev.db");

export function resolveDatabaseTarget(raw: string | undefined = process.env.DATABASE_URL): DatabaseTarget {
  if (raw === undefined || raw === "") {
    return { kind: "sqlite", url: `file:${defaultSqliteFile}`, file: defaultSqliteFile };
  }
  const parsed = databaseUrlSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Invalid DATABASE_URL: ${parsed.error.issues[0]?.message}`);
  }
  const url = parsed.data;
  if (url.startsWith("file:")) {
    const rel = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    const file = path.isAbsolute(rel) ? rel : path.join(/*turbopackIgnore: true*/ process.cwd(), rel);
    return { kind: "sqlite", url: `file:${file}`, file };
  }
  return { kind: "postgres", url };
}
