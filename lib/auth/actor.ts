import "server-only";
import { db } from "@/lib/db/client";
import { roleSchema, type Role } from "@/lib/schemas/roles";
import { LOCAL_DESK_USER } from "./local-desk-user";

export interface Actor {
  id: string;
  name: string;
  role: Role;
}


/**
 * Who is asking. Today: the local desk user, created by the seed. The
 * accounts issue replaces this body with a session lookup; callers (the
 * mutation wrapper and pages) stay as they are.
 */
export async function getActor(): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { email: LOCAL_DESK_USER.email },
    select: { id: true, name: true, role: true },
  });
  if (!user) return null;
  return { id: user.id, name: user.name, role: roleSchema.parse(user.role) };
}
