import "server-only";
import { getActor, type Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";

/** Route handlers that read unpublished work call this first: 401 JSON for anonymous callers. */
export async function requireSignedIn(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new DomainError("unauthenticated", "Sign in to read unpublished work.");
  return actor;
}
