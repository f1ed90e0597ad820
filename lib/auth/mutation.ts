import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import { DomainError } from "@/lib/errors";
import { logEvent } from "@/lib/log";
import type { Actor } from "./actor-type";
import { roleCan, type Permission } from "./permissions";
import type { RequestInfo } from "./request-info";

/** Who may call a mutation: a permission, anyone signed in, or anyone at all (sign-in). */
export type Access = Permission | "signed-in" | "public";

export interface MutationContext {
  actor: Actor | null;
  db: Db;
  request: RequestInfo;
}

export type RunContext<A extends Access> = Omit<MutationContext, "actor"> & { actor: A extends "public" ? Actor | null : Actor };

export type MutationResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      message: string;
      errors: Record<string, string[]>;
      code: string;
      details?: unknown;
      /** the wrapper's own message (not signed in, not allowed, invalid input, internal), which a UI may translate by code */
      generic?: true;
    };

export interface MutationDefinition<S extends z.ZodType, T, A extends Access> {
  /** unique name; the authorization matrix test enumerates every mutation by it */
  name: string;
  schema: S;
  access: A;
  run: (input: z.output<S>, ctx: RunContext<A>) => Promise<T>;
}

export interface Mutation<T> {
  /** Called by server actions: finds the request's actor and database itself. */
  (input: unknown): Promise<MutationResult<T>>;
  /** The same pipeline with an explicit context (tests, load scripts). */
  execute: (input: unknown, ctx: MutationContext) => Promise<MutationResult<T>>;
  mutationName: string;
  access: Access;
  /** the input schema, for tools that enumerate inputs (hostile-input tests) */
  schema: z.ZodType;
}

/** Every mutation in the app, by name (filled as mutation modules load; see lib/mutations.ts). */
export const mutationRegistry = new Map<string, Mutation<unknown>>();

/**
 * The one wrapper every mutation goes through: parse with zod, check who is
 * asking against the access rule, call lib/, and return a typed result.
 * Expected errors (DomainError) reach the user in words; anything else is
 * logged and reported as a generic failure, never as raw exception text.
 */
export function defineMutation<S extends z.ZodType, T, A extends Access>(def: MutationDefinition<S, T, A>): Mutation<T> {
  const execute = async (input: unknown, ctx: MutationContext): Promise<MutationResult<T>> => {
    const denied = authorize(def.access, ctx.actor);
    if (denied) return denied;
    try {
      const parsed = def.schema.safeParse(input);
      if (!parsed.success) {
        return {
          ok: false,
          generic: true,
          code: "invalid",
          message: "Please correct the highlighted fields.",
          errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
        };
      }
      const data = await def.run(parsed.data, ctx as RunContext<A>);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof DomainError) {
        return { ok: false, code: error.code, message: error.message, errors: error.fieldErrors, details: error.details };
      }
      logEvent("error", "mutation.failed", {
        mutation: def.name,
        requestId: ctx.request.requestId,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      });
      return { ok: false, generic: true, code: "internal", message: "Something went wrong on our side; nothing was saved. Please try again.", errors: {} };
    }
  };
  const mutation = async (input: unknown) => {
    const { currentMutationContext } = await import("./current-context");
    return execute(input, await currentMutationContext());
  };
  const typed: Mutation<T> = Object.assign(mutation, { execute, mutationName: def.name, access: def.access, schema: def.schema });
  if (mutationRegistry.has(def.name)) throw new Error(`Duplicate mutation name ${def.name}`);
  mutationRegistry.set(def.name, typed as Mutation<unknown>);
  return typed;
}

type Failure = Extract<MutationResult<never>, { ok: false }>;

/** The access check: null when allowed, else the wrapper's own refusal. */
function authorize(access: Access, actor: Actor | null): Failure | null {
  if (access === "public") return null;
  if (!actor) return { ok: false, generic: true, code: "unauthenticated", message: "Please sign in to do this.", errors: {} };
  if (access === "signed-in" || roleCan(actor.role, access)) return null;
  return { ok: false, generic: true, code: "forbidden", message: "Your role does not allow this action.", errors: {} };
}

/** FormData → plain object for zod: single values as strings, repeated keys as arrays, files kept as files. */
export function formDataToObject(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue; // Next's own hidden fields
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    if (values.length === 0) continue;
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/** Like formDataToObject, plus the uploaded files (for forms with a file input). */
export function formDataWithFiles(form: FormData): Record<string, string | string[] | File> {
  const out: Record<string, string | string[] | File> = formDataToObject(form);
  for (const [key, value] of form.entries()) if (value instanceof File) out[key] = value;
  return out;
}

/** What a form's server action returns to useActionState: the result, plus the submitted values on failure so nothing typed is lost. */
export type FormState = (MutationResult<unknown> & { values?: Record<string, string | string[]> }) | null;
export type FormAction = (prev: FormState, form: FormData) => Promise<FormState>;
