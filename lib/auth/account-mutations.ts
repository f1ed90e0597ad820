import "server-only";
import { isAPIError } from "better-auth/api";
import { z } from "zod";
import { recordAudit } from "@/lib/db/audit";
import { DomainError } from "@/lib/errors";
import { changePasswordSchema, signInSchema } from "@/lib/schemas/user";
import { assertLoginAllowed, clearAccountFailures, loginKeys, recordLoginFailure } from "./login-rate-limit";
import { defineMutation } from "./mutation";
import { authFor } from "./server-auth";

const WRONG_CREDENTIALS = "Email or password is incorrect.";

/** Sign in with email and password: rate limited per account and per address. */
export const signInMutation = defineMutation({
  name: "auth.signIn",
  schema: signInSchema,
  access: "public",
  run: async (input, { db, request }) => {
    const keys = loginKeys(input.email, request.ip);
    await assertLoginAllowed(db, keys);
    const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, active: true } });
    const auth = await authFor(db);
    try {
      if (!user?.active) throw new DomainError("unauthenticated", WRONG_CREDENTIALS);
      const { headers } = await auth.api.signInEmail({
        body: { email: input.email, password: input.password },
        headers: request.headers,
        returnHeaders: true,
      });
      await request.applySetCookie(headers.get("set-cookie"));
    } catch (error) {
      if (!(error instanceof DomainError) && !isAPIError(error)) throw error;
      await recordLoginFailure(db, keys);
      throw new DomainError("unauthenticated", WRONG_CREDENTIALS);
    }
    await clearAccountFailures(db, keys);
    return { next: input.next ?? "/" };
  },
});

export const signOutMutation = defineMutation({
  name: "auth.signOut",
  schema: z.object({}),
  access: "signed-in",
  run: async (_input, { db, request }) => {
    const auth = await authFor(db);
    const { headers } = await auth.api.signOut({ headers: request.headers, returnHeaders: true });
    await request.applySetCookie(headers.get("set-cookie"));
    return { signedOut: true };
  },
});

/** Changes the signed-in person's password; every other session of theirs ends. */
export const changePasswordMutation = defineMutation({
  name: "auth.changePassword",
  schema: changePasswordSchema,
  access: "signed-in",
  run: async (input, { db, actor, request }) => {
    const auth = await authFor(db);
    try {
      const { headers } = await auth.api.changePassword({
        body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
        headers: request.headers,
        returnHeaders: true,
      });
      await request.applySetCookie(headers.get("set-cookie"));
    } catch (error) {
      if (!isAPIError(error)) throw error;
      throw new DomainError("invalid", "The current password is not right.", { currentPassword: ["The current password is not right"] });
    }
    await db.$transaction((tx) => recordAudit(tx, { actorId: actor.id, entityType: "user", entityId: actor.id, action: "user.changePassword" }));
    return { changed: true };
  },
});
