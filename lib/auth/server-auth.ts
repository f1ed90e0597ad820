import type { Db } from "@/lib/db/create-client";
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { publisherConfig } from "@/lib/reports/publisher-config";
import { getOrCreateAuthSecret } from "./auth-secret";
import { createAuth, type Auth } from "./better-auth";

const instances = new WeakMap<Db, Promise<Auth>>();

/** The Better Auth instance bound to a database client, built once per client. */
export function authFor(db: Db): Promise<Auth> {
  let auth = instances.get(db);
  if (!auth) {
    auth = getOrCreateAuthSecret(db).then((secret) => createAuth(db, resolveDatabaseTarget(), secret, publisherConfig().publicUrl));
    instances.set(db, auth);
  }
  return auth;
}

/** The app's Better Auth instance (on the app's one database client). */
export async function getAuth(): Promise<Auth> {
  const { db } = await import("@/lib/db/client");
  return authFor(db);
}
