import type { Db } from "@/lib/db/create-client";
import { DomainError } from "@/lib/errors";

/**
 * Failed sign-ins are counted per account and per address in fixed windows,
 * in the database so every app server enforces the same limits. A success
 * clears the account's count (not the address's: one address guessing many
 * accounts stays limited).
 */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

export interface LoginKeys {
  account: string;
  address: string;
}

export const loginKeys = (email: string, ip: string): LoginKeys => ({
  account: `account:${email.trim().toLowerCase()}`,
  address: `address:${ip}`,
});

export async function assertLoginAllowed(db: Db, keys: LoginKeys, now = new Date()): Promise<void> {
  const rows = await db.loginAttempt.findMany({ where: { key: { in: [keys.account, keys.address] } } });
  for (const row of rows) {
    if (now.getTime() - row.windowStart.getTime() >= LOGIN_WINDOW_MS) continue;
    const max = row.key === keys.account ? MAX_FAILURES_PER_ACCOUNT : MAX_FAILURES_PER_ADDRESS;
    if (row.failures >= max) {
      const minutes = Math.ceil((row.windowStart.getTime() + LOGIN_WINDOW_MS - now.getTime()) / 60_000);
      throw new DomainError("rate_limited", `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
    }
  }
}

export async function recordLoginFailure(db: Db, keys: LoginKeys, now = new Date()): Promise<void> {
  for (const key of [keys.account, keys.address]) {
    await db.$transaction(async (tx) => {
      const row = await tx.loginAttempt.findUnique({ where: { key } });
      if (!row || now.getTime() - row.windowStart.getTime() >= LOGIN_WINDOW_MS) {
        await tx.loginAttempt.upsert({ where: { key }, update: { windowStart: now, failures: 1 }, create: { key, windowStart: now, failures: 1 } });
      } else {
        await tx.loginAttempt.update({ where: { key }, data: { failures: { increment: 1 } } });
      }
    });
  }
}

export async function clearAccountFailures(db: Db, keys: LoginKeys): Promise<void> {
  await db.loginAttempt.deleteMany({ where: { key: keys.account } });
}
