import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
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
  // Better Auth reads the session's user row on every call (no cookie cache
  // is configured), role and active included as additional fields: a
  // deactivated account or a changed role takes effect on the next request,
  // without reading the user a second time.
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session?.user.active) return null;
  const role = roleSchema.safeParse(session.user.role);
  if (!role.success) return null;
  return { id: session.user.id, name: session.user.name, email: session.user.email, role: role.data };
});
