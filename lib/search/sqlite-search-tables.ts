/**
 * Tables the SQLite full-text search migration creates with raw SQL (an FTS5
 * virtual table, its shadow tables, and the rowid map). Prisma cannot model
 * them, so prisma.config.ts lists them as external: `migrate diff` / `dev`
 * leave them alone instead of proposing to drop them. Pure: the config imports it.
 */
export const sqliteSearchTables = [
  "SearchDoc",
  "SearchFts",
  "SearchFts_config",
  "SearchFts_content",
  "SearchFts_data",
  "SearchFts_docsize",
  "SearchFts_idx",
] as const;
