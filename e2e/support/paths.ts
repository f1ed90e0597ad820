import path from "node:path";

/** Where this test run keeps its throwaway database (never the developer's prisma/dev.db). */
export const runDir = process.env.E2E_RUN_DIR ?? path.join(process.cwd(), "e2e", ".tmp");
/**
 * SQLite file in the run dir by default. E2E_DATABASE_URL=postgresql://…/name
 * (set by `npm run test:pg`) runs the journeys on PostgreSQL instead: the
 * global setup drops and recreates that database, so name a throwaway one.
 */
export const e2eDatabaseUrl = process.env.E2E_DATABASE_URL || `file:${path.join(runDir, "e2e.db")}`;
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${e2ePort}`;
