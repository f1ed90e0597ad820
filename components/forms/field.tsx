"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FormState } from "@/lib/auth/mutation";

/** The submitted value of a field after a failed save, so the form keeps what the user typed. */
export function keptValue(state: FormState, name: string): string | undefined {
  if (!state || state.ok) return undefined;
  const v = state.values?.[name];
  return Array.isArray(v) ? v[0] : v;
}

export function fieldErrors(state: FormState, name: string): string[] {
  return state && !state.ok ? (state.errors[name] ?? []) : [];
}

/**
 * A labelled control with its errors next to it, in words. The control gets
 * aria-invalid and aria-describedby pointing at the error text.
 */
export function Field({
  id,
  label,
  errors,
  hint,
  children,
}: {
  id: string;
  label: string;
  errors: string[];
  hint?: string;
  children: (aria: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => ReactNode;
}) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="muted" style={{ margin: "0 0 0.2rem", fontSize: "0.85rem" }}>
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-invalid": errors.length > 0, "aria-describedby": describedBy })}
      {errors.length ? (
        <p id={errorId} className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The form-level message, announced to screen readers. */
export function FormStatus({ state, success, name }: { state: FormState; success: string; name: string }) {
  const t = useTranslations("errors");
  return (
    <div aria-live="polite" aria-label={name} role="status">
      {state?.ok ? <p className="form-message ok">{success}</p> : null}
      {state && !state.ok ? <p className="form-message error">{formMessage(state, t)}</p> : null}
    </div>
  );
}

/**
 * The wrapper's own messages (invalid input, internal error, not signed in,
 * not allowed) are translated by their code; a domain error's specific
 * message and zod's field messages stay in English (see README).
 */
function formMessage(state: Exclude<FormState, null>, t: (key: "invalid" | "internal" | "unauthenticated" | "forbidden") => string): string {
  if (state.ok) return "";
  if (state.generic && (state.code === "invalid" || state.code === "internal" || state.code === "unauthenticated" || state.code === "forbidden")) {
    return t(state.code);
  }
  return state.message;
}
