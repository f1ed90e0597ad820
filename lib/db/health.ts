import "server-only";
import { logEvent } from "@/lib/log";
import { db } from "./client";

/** True when the database answers a trivial query (SQLite and PostgreSQL alike). */
export async function checkDatabase(): Promise<boolean> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return true;
  } catch (error) {
    logEvent("error", "health.database", { error: String(error) });
    return false;
  }
}
