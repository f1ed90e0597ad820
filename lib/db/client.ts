import "server-only";
import { createPrismaClient, type Db } from "./create-client";

// The one Prisma client of the app. Kept on globalThis so `next dev`'s hot
// reload does not open a new connection pool on every edit.
const globalForDb = globalThis as unknown as { claimdeskDb?: Db };

export const db: Db = globalForDb.claimdeskDb ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForDb.claimdeskDb = db;

export type { Db, Tx } from "./create-client";
