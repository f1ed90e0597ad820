import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { roleSchema } from "@/lib/schemas/roles";
import type { Actor } from "./actor-type";
import { getAuth } from "./server-auth";

export type { Actor } from "./actor-type";

/**
 * Who is asking: the signed-in, active user of this request's session, or
 * null. Read once per request (React cache).
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  // headers() first: it marks the render as per-request, so a build never
  // touches the database to prerender a page that shows who is signed in.
  const requestHeaders = await headers();
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const user = await db.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, name: true, email: true, role: true, active: true },
  });
  if (!user?.active) return null;
  const role = roleSchema.safeParse(user.role);
  if (!role.success) return null;
  return { id: user.id, name: user.name, email: user.email, role: role.data };
});
