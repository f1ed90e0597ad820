"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { z } from "zod";
import type { FormAction, FormState } from "@/lib/auth/mutation";
import { usePendingVerdicts } from "@/components/workspace/pending-verdicts";
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
  const t = useTranslations("verdict");
  const { propose } = usePendingVerdicts();
  const [state, formAction, pending] = useActionState(async (previous: FormState, form: FormData) => {
    // the queue shows the chosen verdict at once; it settles when the save answers
    const ratingId = form.get("ratingId");
    if (typeof ratingId === "string" && ratingId) propose({ claimId, ratingId });
    return action(previous, form);
  }, null);
  const kept = (name: string) => keptValue(state, name);
  return (
    <form action={formAction} className="stacked" aria-label={t("formLabel")} noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <Field id="verdict-rating" label={t("rating")} errors={fieldErrors(state, "ratingId")}>
        {(aria) => (
          <select {...aria} name="ratingId" defaultValue={kept("ratingId") ?? current?.ratingId ?? ""}>
            <option value="">{t("choose")}</option>
            {ratings.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="verdict-rationale" label={t("rationale")} errors={fieldErrors(state, "rationale")} hint={t("rationaleHint")}>
        {(aria) => (
          <textarea
            {...aria}
            name="rationale"
            rows={6}
            defaultValue={kept("rationale") ?? current?.rationale ?? ""}
            aria-keyshortcuts="Control+Enter"
            onKeyDown={(e) => {
              // Ctrl/Cmd+Enter saves from the keyboard (plain Enter is a new line).
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
        )}
      </Field>
      <ConflictNotice state={state} ratings={ratings} />
      <FormStatus state={state} success={t("saved")} name={t("statusLabel")} />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? t("saving") : t("submit")}
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
  const t = useTranslations("verdict");
  if (!current) return null;
  const label = ratings.find((r) => r.id === current.ratingId)?.label ?? t("anotherRating");
  return (
    <section className="conflict" aria-label={t("theirChange")}>
      <h4>{t("savedMeanwhile", { name: current.author?.name ?? t("someone") })}</h4>
      <p>
        <strong>{t("rating")}:</strong> {label}
      </p>
      <p style={{ whiteSpace: "pre-wrap" }}>{current.rationale}</p>
      <p className="muted">{t("keptInForm")}</p>
    </section>
  );
}
