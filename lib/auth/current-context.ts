import "server-only";
import { randomUUID } from "node:crypto";
import { cookies, headers } from "next/headers";
import { parseSetCookieHeader } from "better-auth/cookies";
import { db } from "@/lib/db/client";
import { getActor } from "./actor";
import type { MutationContext } from "./mutation";

/** The mutation context of the current Next request: its actor, the app database and request facts. */
export async function currentMutationContext(): Promise<MutationContext> {
  const h = await headers();
  return {
    actor: await getActor(),
    db,
    request: {
      ip: clientAddress(h),
      headers: h,
      requestId: h.get("x-request-id") ?? randomUUID(),
      applySetCookie: applySetCookie,
    },
  };
}

/**
 * The caller's address. Behind a proxy, deployments put the client first in
 * X-Forwarded-For; `next start` sets it from the socket itself.
 */
function clientAddress(h: Headers): string {
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
}

async function applySetCookie(setCookieHeader: string | null): Promise<void> {
  if (!setCookieHeader) return;
  const jar = await cookies();
  for (const [name, c] of parseSetCookieHeader(setCookieHeader)) {
    jar.set(name, decodeURIComponent(c.value), {
      httpOnly: c.httponly,
      secure: c.secure,
      sameSite: c.samesite,
      path: c.path,
      maxAge: c["max-age"],
      expires: c.expires,
    });
  }
}
