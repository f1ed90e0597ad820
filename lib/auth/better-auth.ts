import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import type { Db } from "@/lib/db/create-client";
import type { DatabaseTarget } from "@/lib/db/database-url";

export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 12; // a working day
export const MIN_PASSWORD_LENGTH = 10;

/**
 * Better Auth does the password hashing (scrypt), session tokens and cookie
 * values. Sign-up is closed: admins create accounts. Its HTTP handler is not
 * mounted; sign-in goes through our own server action so it passes the rate
 * limiter and the one mutation wrapper, and the Set-Cookie headers it returns
 * are applied by lib/auth/current-context.ts.
 */
export function createAuth(db: Db, target: DatabaseTarget, secret: string, publicUrl: string) {
  return betterAuth({
    secret,
    // Only used for absolute links Better Auth might build; sign-in never redirects through it.
    baseURL: publicUrl,
    database: prismaAdapter(db, { provider: target.kind === "sqlite" ? "sqlite" : "postgresql" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
    },
    session: { expiresIn: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "reviewer" },
        active: { type: "boolean", input: false, defaultValue: true },
      },
    },
    // Our own limiter (lib/auth/login-rate-limit.ts) counts per account and per address.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    // Secure cookies exactly when the desk is served over https (CLAIMDESK_PUBLIC_URL).
    advanced: { useSecureCookies: publicUrl.startsWith("https://") },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** Hashes a password the way Better Auth will verify it (for the seed and admin-created accounts). */
export async function hashPassword(auth: Auth, password: string): Promise<string> {
  const ctx = await auth.$context;
  return ctx.password.hash(password);
}
