import "server-only";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { getActor, type Actor } from "./actor";
import { roleCan, type Permission } from "./permissions";

export type MutationResult<T> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; errors: Record<string, string[]>; code: string; details?: unknown };

export interface MutationDefinition<S extends z.ZodType, T> {
  /** unique name; the authorization matrix test enumerates every mutation by it */
  name: string;
  schema: S;
  permission: Permission;
  run: (input: z.output<S>, ctx: { actor: Actor }) => Promise<T>;
}

export type Mutation<T> = ((input: unknown) => Promise<MutationResult<T>>) & {
  mutationName: string;
  permission: Permission;
};

/** Every mutation in the app, by name. */
export const mutationRegistry = new Map<string, Mutation<unknown>>();

/**
 * The one wrapper every mutation goes through: parse with zod, find who is
 * asking, check the permission, call lib/, and return a typed result.
 * Expected errors (DomainError) reach the user in words; anything else is
 * logged and reported as a generic failure, never as raw exception text.
 */
export function defineMutation<S extends z.ZodType, T>(def: MutationDefinition<S, T>): Mutation<T> {
  const mutation = async (input: unknown): Promise<MutationResult<T>> => {
    const parsed = def.schema.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        code: "invalid",
        message: "Please correct the highlighted fields.",
        errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
      };
    }
    try {
      const actor = await getActor();
      if (!actor) throw new DomainError("unauthenticated", "Please sign in to do this.");
      if (!roleCan(actor.role, def.permission)) {
        throw new DomainError("forbidden", "Your role does not allow this action.");
      }
      const data = await def.run(parsed.data, { actor });
      return { ok: true, data };
    } catch (error) {
      if (error instanceof DomainError) {
        return { ok: false, code: error.code, message: error.message, errors: error.fieldErrors, details: error.details };
      }
      console.error(`[mutation ${def.name}] unexpected failure`, error);
      return { ok: false, code: "internal", message: "Something went wrong on our side; nothing was saved. Please try again.", errors: {} };
    }
  };
  const typed = Object.assign(mutation, { mutationName: def.name, permission: def.permission });
  if (mutationRegistry.has(def.name)) throw new Error(`Duplicate mutation name ${def.name}`);
  mutationRegistry.set(def.name, typed as Mutation<unknown>);
  return typed;
}

/** FormData → plain object for zod: single values as strings, repeated keys as arrays. */
export function formDataToObject(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue; // Next's own hidden fields
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/** What a form's server action returns to useActionState: the result, plus the submitted values on failure so nothing typed is lost. */
export type FormState = (MutationResult<unknown> & { values?: Record<string, string | string[]> }) | null;
export type FormAction = (prev: FormState, form: FormData) => Promise<FormState>;
