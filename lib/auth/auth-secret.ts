import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/create-client";

const SETTING_KEY = "auth.secret";
const secretSchema = z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters");

/**
 * The secret that signs session cookies. BETTER_AUTH_SECRET wins; otherwise a
 * random one is generated once and kept in the database, so every app server
 * of a desk signs with the same key and a restart keeps people signed in.
 */
export async function getOrCreateAuthSecret(db: Db, env: string | undefined = process.env.BETTER_AUTH_SECRET): Promise<string> {
  if (env !== undefined && env !== "") {
    const parsed = secretSchema.safeParse(env);
    if (!parsed.success) throw new Error(parsed.error.issues[0]!.message);
    return parsed.data;
  }
  const existing = await db.setting.findUnique({ where: { key: SETTING_KEY } });
  if (existing) return existing.value;
  const value = randomBytes(32).toString("base64url");
  // Two servers starting at once: the first insert wins, the other reads it.
  await db.setting.upsert({ where: { key: SETTING_KEY }, update: {}, create: { key: SETTING_KEY, value } });
  return (await db.setting.findUniqueOrThrow({ where: { key: SETTING_KEY } })).value;
}
