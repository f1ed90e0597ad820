import { NextResponse, type NextRequest } from "next/server";
import { logEvent } from "@/lib/log";

/**
 * Runs before every page and route: a fresh CSP nonce per request (Next puts
 * it on its own scripts), the security headers, a request id for logs, and
 * the requested path so the desk layout can send people back after sign-in.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV !== "production";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React sets style attributes; styles cannot run code, so inline styles are allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const requestId = validRequestId(request.headers.get("x-request-id")) ?? crypto.randomUUID();

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set("x-claimdesk-path", request.nextUrl.pathname + request.nextUrl.search);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  response.headers.set("x-request-id", requestId);
  if (process.env.CLAIMDESK_REQUEST_LOG !== "off") {
    logEvent("info", "request", { requestId, method: request.method, path: request.nextUrl.pathname });
  }
  return response;
}

/** An upstream request id is kept only if it is a plain token (no header injection). */
function validRequestId(value: string | null): string | null {
  return value && /^[A-Za-z0-9._-]{8,100}$/.test(value) ? value : null;
}

export const config = {
  // Everything except Next's static files.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
