/**
 * What a mutation may know about the request besides its input: the caller's
 * address (for rate limits), the raw headers (for Better Auth), a request id
 * for logs, and a way to set cookies that works in a server action and in tests.
 */
export interface RequestInfo {
  ip: string;
  headers: Headers;
  requestId: string;
  /** applies a Set-Cookie header returned by Better Auth */
  applySetCookie: (setCookieHeader: string | null) => Promise<void>;
}

/** A request context for code that runs outside HTTP (tests, scripts). */
export function offlineRequest(ip = "127.0.0.1"): RequestInfo {
  return { ip, headers: new Headers(), requestId: "offline", applySetCookie: async () => {} };
}
