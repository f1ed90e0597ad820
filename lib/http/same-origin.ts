import { DomainError } from "@/lib/errors";

/**
 * Route handlers that change data call this: a browser always sends Origin on
 * a cross-site POST, so a foreign or missing-but-required origin is refused.
 * (Server actions get the same check from Next itself.)
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) throw new DomainError("forbidden", "This request must come from the Claimdesk site itself.");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new DomainError("forbidden", "This request must come from the Claimdesk site itself.");
  }
  if (originHost !== host) throw new DomainError("forbidden", "This request must come from the Claimdesk site itself.");
}
