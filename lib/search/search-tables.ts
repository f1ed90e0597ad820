/**
 * Tables the full-text search migrations create with raw SQL, which Prisma
 * cannot model, so prisma.config.ts lists them as external: `migrate diff` /
 * `dev` leave them alone instead of proposing to drop them. SQLite: the
 * sequence map, the FTS5 virtual table, its shadow tables and its vocabulary
 * (and AUTOINCREMENT's sqlite_sequence). PostgreSQL: the document table.
 * Pure: the config imports it.
 */
export const sqliteSearchTables = [
  "ClaimSearch",
  "ClaimSearchFts",
  "ClaimSearchFts_config",
  "ClaimSearchFts_content",
  "ClaimSearchFts_data",
  "ClaimSearchFts_docsize",
  "ClaimSearchFts_idx",
  "ClaimSearchTerms",
  "sqlite_sequence",
] as const;

export const postgresSearchTables = ["public.ClaimSearch"] as const;
