import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Auth } from "@/lib/auth/better-auth";
import type { Db } from "@/lib/db/create-client";
import { MIN_PASSWORD_LENGTH } from "@/lib/schemas/user";
import type { Role } from "@/lib/schemas/roles";
import { createUserWithPassword } from "./create-user";

/** Demo accounts for the local demo (README); off with CLAIMDESK_DEMO_ACCOUNTS=false. */
export const DEMO_PASSWORD = "claimdesk-demo";
export const demoAccounts: { name: string; email: string; role: Role }[] = [
  { name: "Ana Reviewer", email: "reviewer@claimdesk.local", role: "reviewer" },
  { name: "Bruno Reviewer", email: "reviewer2@claimdesk.local", role: "reviewer" },
  { name: "Carla Editor", email: "editor@claimdesk.local", role: "editor" },
  { name: "Diego Editor", email: "editor2@claimdesk.local", role: "editor" },
];

const seedEnvSchema = z.object({
  CLAIMDESK_ADMIN_EMAIL: z.email("CLAIMDESK_ADMIN_EMAIL must be an email address").default("admin@claimdesk.local"),
  CLAIMDESK_ADMIN_PASSWORD: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `CLAIMDESK_ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .optional(),
  CLAIMDESK_DEMO_ACCOUNTS: z.enum(["true", "false"], { error: "CLAIMDESK_DEMO_ACCOUNTS must be true or false" }).default("true"),
});

/**
 * Creates the first admin (credentials from the environment, or a generated
 * password printed once) and the demo accounts, when missing. Returns the
 * admin's id, to which seed articles are attributed.
 */
export async function ensureSeedAccounts(db: Db, auth: Auth, rawEnv: NodeJS.ProcessEnv = process.env): Promise<string> {
  const parsed = seedEnvSchema.safeParse(Object.fromEntries(Object.entries(rawEnv).filter(([, v]) => v !== "")));
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  const env = parsed.data;

  let admin = await db.user.findUnique({ where: { email: env.CLAIMDESK_ADMIN_EMAIL }, select: { id: true } });
  if (!admin) {
    const password = env.CLAIMDESK_ADMIN_PASSWORD ?? randomBytes(12).toString("base64url");
    admin = await createUserWithPassword(db, auth, { name: "Administrator", email: env.CLAIMDESK_ADMIN_EMAIL, role: "admin", password }, null);
    if (!env.CLAIMDESK_ADMIN_PASSWORD) {
      console.log(`seed: created admin ${env.CLAIMDESK_ADMIN_EMAIL} with password ${password} (shown once; change it under Account)`);
    } else {
      console.log(`seed: created admin ${env.CLAIMDESK_ADMIN_EMAIL} (password from CLAIMDESK_ADMIN_PASSWORD)`);
    }
  }
  if (env.CLAIMDESK_DEMO_ACCOUNTS === "true") {
    for (const demo of demoAccounts) {
      const exists = await db.user.findUnique({ where: { email: demo.email }, select: { id: true } });
      if (!exists) await createUserWithPassword(db, auth, { ...demo, password: DEMO_PASSWORD }, admin.id);
    }
  }
  return admin.id;
}
