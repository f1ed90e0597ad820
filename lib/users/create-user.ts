import type { Auth } from "@/lib/auth/better-auth";
import { hashPassword } from "@/lib/auth/better-auth";
import { recordAudit } from "@/lib/db/audit";
import type { Db } from "@/lib/db/create-client";
import { DomainError } from "@/lib/errors";
import type { CreateUserInput } from "@/lib/schemas/user";

/**
 * Creates a person with an email + password account, the way Better Auth's
 * credential provider stores it (Account.providerId "credential").
 */
export async function createUserWithPassword(db: Db, auth: Auth, input: CreateUserInput, actorId: string | null) {
  const hash = await hashPassword(auth, input.password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) throw new DomainError("invalid", "Someone already uses this email.", { email: ["Someone already uses this email"] });
    const user = await tx.user.create({
      data: { name: input.name, email: input.email, role: input.role, emailVerified: true },
      select: { id: true, name: true, email: true, role: true },
    });
    await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: hash } });
    await recordAudit(tx, { actorId, entityType: "user", entityId: user.id, action: "user.create", after: user });
    return user;
  });
}
