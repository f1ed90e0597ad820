import type { Instrumentation } from "next";
import { logEvent } from "@/lib/log";

/**
 * Every error Next catches while serving a request, as one JSON line with
 * the request id (set by proxy.ts), so a user's report can be matched to
 * the log. Users only ever see a generic message.
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const requestId = request.headers["x-request-id"];
  logEvent("error", "request.failed", {
    requestId: Array.isArray(requestId) ? requestId[0] : requestId,
    method: request.method,
    path: request.path,
    route: context.routePath,
    routeType: context.routeType,
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    digest: (error as { digest?: string } | null)?.digest,
  });
};
