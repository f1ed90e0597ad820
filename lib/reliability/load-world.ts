import { execFileSync } from "node:child_process";
import { authFor } from "@/lib/auth/server-auth";
import type { Db } from "@/lib/db/create-client";
import { createUserWithPassword } from "@/lib/users/create-user";

export const LOAD_PASSWORD = "load-test-password";

export interface LoadClaim {
  id: string;
  articleId: string;
}

export interface LoadWorld {
  users: { email: string }[];
  claims: LoadClaim[];
  ratingIds: string[];
}

/** Migrates and seeds a fresh database exactly as `npm start` does. */
export function setUpDatabase(databaseUrl: string): void {
  execFileSync("npm", ["run", "--silent", "db:setup"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, CLAIMDESK_ADMIN_PASSWORD: "load-admin-password", CLAIMDESK_DEMO_ACCOUNTS: "false" },
    stdio: "ignore",
  });
}

/** Reviewer accounts for the virtual users and the shared claims they all work on. */
export async function prepareLoadWorld(db: Db, userCount: number, claimCount: number): Promise<LoadWorld> {
  const auth = await authFor(db);
  const users: { email: string }[] = [];
  for (let i = 0; i < userCount; i++) {
    const email = `load-reviewer-${i}@claimdesk.local`;
    await createUserWithPassword(db, auth, { name: `Load reviewer ${i}`, email, role: "reviewer", password: LOAD_PASSWORD }, null);
    users.push({ email });
  }
  const claims = await db.claim.findMany({ orderBy: { start: "asc" }, take: claimCount, select: { id: true, articleId: true } });
  const scale = await db.ratingScale.findFirstOrThrow({ where: { isDefault: true }, select: { ratings: { select: { id: true } } } });
  return { users, claims, ratingIds: scale.ratings.map((r) => r.id) };
}
