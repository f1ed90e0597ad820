import { DomainError, httpStatusFor } from "@/lib/errors";
import { logEvent } from "@/lib/log";

/** One error shape for every route handler: `{ error }` with a 4xx, or a generic 500 with the detail only in the log. */
export function jsonError(error: unknown): Response {
  if (error instanceof DomainError) {
    return Response.json({ error: error.message, code: error.code }, { status: httpStatusFor[error.code] });
  }
  logEvent("error", "api.failed", { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error), stack: error instanceof Error ? error.stack : undefined });
  return Response.json({ error: "Internal error; the request was not completed." }, { status: 500 });
}
