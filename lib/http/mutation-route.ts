import "server-only";
import type { Mutation, MutationResult } from "@/lib/auth/mutation";
import { DomainError, httpStatusFor, type DomainErrorCode } from "@/lib/errors";
import { jsonError } from "./json-error";
import { readJsonBody } from "./read-json";
import { assertSameOrigin } from "./same-origin";

/**
 * A JSON route handler for a mutation: same-origin check, bounded JSON body,
 * route params merged into the input, then the one mutation wrapper. The
 * result maps to HTTP: 201 with data, or the error's 4xx with
 * `{ error, errors, details }`; unexpected failures are a logged 500.
 */
export function mutationRoute<T, P extends Record<string, string>>(mutation: Mutation<T>, toInput: (body: unknown, params: P) => unknown) {
  return async (request: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    try {
      assertSameOrigin(request);
      const body = await readJsonBody(request);
      const result = await mutation(toInput(body, await ctx.params));
      return resultResponse(result);
    } catch (error) {
      return jsonError(error);
    }
  };
}

export function resultResponse<T>(result: MutationResult<T>): Response {
  if (result.ok) return Response.json(result.data, { status: 201 });
  const status = result.code in httpStatusFor ? httpStatusFor[result.code as DomainErrorCode] : 500;
  return Response.json({ error: result.message, code: result.code, errors: result.errors, details: result.details }, { status });
}

/** Merges route params over a JSON object body; any other body shape is a 400. */
export function withParams(body: unknown, params: Record<string, string>): Record<string, unknown> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new DomainError("invalid", "The request body must be a JSON object.");
  return { ...body, ...params };
}
