"use client";
import { useActionState } from "react";
import { z } from "zod";
import type { FormAction } from "@/lib/auth/mutation";
import { Field, FormStatus, fieldErrors, keptValue } from "./field";

export interface VerdictOption {
  id: string;
  label: string;
}

export function VerdictForm({
  claimId,
  version,
  ratings,
  current,
  action,
}: {
  claimId: string;
  version: number;
  ratings: VerdictOption[];
  current: { ratingId: string; rationale: string } | null;
  action: FormAction;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const kept = (name: string) => keptValue(state, name);
  return (
    <form action={formAction} className="stacked" aria-label="Verdict" noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <Field id="verdict-rating" label="Verdict" errors={fieldErrors(state, "ratingId")}>
        {(aria) => (
          <select {...aria} name="ratingId" defaultValue={kept("ratingId") ?? current?.ratingId ?? ""}>
            <option value="">Choose a verdict…</option>
            {ratings.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="verdict-rationale" label="Rationale" errors={fieldErrors(state, "rationale")} hint="Why this verdict: what the sources show. Markdown allowed.">
        {(aria) => <textarea {...aria} name="rationale" rows={6} defaultValue={kept("rationale") ?? current?.rationale ?? ""} />}
      </Field>
      <ConflictNotice state={state} ratings={ratings} />
      <FormStatus state={state} success="Verdict saved." name="Verdict status" />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save verdict"}
        </button>
      </div>
    </form>
  );
}

const conflictDetails = z.object({
  current: z.object({ ratingId: z.string(), rationale: z.string(), author: z.object({ name: z.string() }).nullable() }).nullable(),
});

/** After a refused stale save: the other person's verdict, beside the user's own text (kept in the form). */
function ConflictNotice({ state, ratings }: { state: Parameters<typeof keptValue>[0]; ratings: VerdictOption[] }) {
  if (!state || state.ok || state.code !== "conflict") return null;
  const details = conflictDetails.safeParse(state.details);
  const current = details.success ? details.data.current : null;
  if (!current) return null;
  const label = ratings.find((r) => r.id === current.ratingId)?.label ?? "another rating";
  return (
    <section className="conflict" aria-label="Their change">
      <h4>{current.author?.name ?? "Someone"} saved this meanwhile</h4>
      <p>
        <strong>Verdict:</strong> {label}
      </p>
      <p style={{ whiteSpace: "pre-wrap" }}>{current.rationale}</p>
      <p className="muted">Your verdict and rationale are still in the form. Save again to replace theirs, or change yours first.</p>
    </section>
  );
}
