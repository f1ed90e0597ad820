/**
 * Expected failures the user can act on. lib/ throws these; the mutation
 * wrapper and route handlers turn them into `{ ok: false }` results or 4xx
 * JSON. Anything else is unexpected: logged, and shown as a generic message.
 */
export type DomainErrorCode = "invalid" | "not_found" | "conflict" | "forbidden" | "unauthenticated" | "rate_limited";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
    /** extra data for the client, e.g. the other person's version in a conflict */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string) => new DomainError("not_found", `${what} was not found`);

export const httpStatusFor: Record<DomainErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};
