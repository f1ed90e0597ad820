"use client";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/auth/mutation";
import { ActionForm } from "@/components/forms/action-form";
import { Field, fieldErrors, keptValue } from "@/components/forms/field";

export interface CurationActions {
  edit: FormAction;
  split: FormAction;
  merge: FormAction;
  dismiss: FormAction;
  restore: FormAction;
  setCheckworthy: FormAction;
}

/** Curating one claim: wording and speaker, split, merge, dismiss or restore, check-worthiness. */
export function CurateClaim({
  claim,
  actions,
}: {
  claim: { id: string; text: string; speaker: string | null; version: number; status: string; checkworthy: boolean; dismissReason: string | null };
  actions: CurationActions;
}) {
  const t = useTranslations("curate");
  const base = { claimId: claim.id, expectedVersion: claim.version };
  return (
    <details className="curate">
      <summary>{t("summary")}</summary>
      <ActionForm name={t("edit")} action={actions.edit} hidden={base} submitLabel={t("save")} success={t("saved")}>
        {(state) => (
          <>
            <Field id={`edit-text-${claim.id}`} label={t("text")} errors={fieldErrors(state, "text")}>
              {(aria) => <textarea {...aria} name="text" rows={3} defaultValue={keptValue(state, "text") ?? claim.text} />}
            </Field>
            <Field id={`edit-speaker-${claim.id}`} label={t("speaker")} errors={fieldErrors(state, "speaker")} hint={t("speakerHint")}>
              {(aria) => <input {...aria} name="speaker" defaultValue={keptValue(state, "speaker") ?? claim.speaker ?? ""} />}
            </Field>
          </>
        )}
      </ActionForm>
      <ActionForm name={t("split")} action={actions.split} hidden={base} submitLabel={t("splitSubmit")} success={t("splitDone")} secondary>
        {(state) => (
          <Field id={`split-${claim.id}`} label={t("splitAt")} errors={fieldErrors(state, "secondPartStartsWith")} hint={t("splitHint")}>
            {(aria) => <input {...aria} name="secondPartStartsWith" defaultValue={keptValue(state, "secondPartStartsWith")} />}
          </Field>
        )}
      </ActionForm>
      <ActionForm name={t("merge")} action={actions.merge} hidden={base} submitLabel={t("mergeSubmit")} success={t("merged")} secondary />
      <ActionForm
        name={t("checkworthiness")}
        action={actions.setCheckworthy}
        hidden={{ ...base, checkworthy: String(!claim.checkworthy) }}
        submitLabel={claim.checkworthy ? t("markNot") : t("mark")}
        success={t("savedShort")}
        secondary
      />
      {claim.status === "dismissed" ? (
        <ActionForm name={t("restore")} action={actions.restore} hidden={base} submitLabel={t("restore")} success={t("restored")} secondary>
          {() => <p>{t("dismissedBecause", { reason: claim.dismissReason ?? "" })}</p>}
        </ActionForm>
      ) : (
        <ActionForm name={t("dismiss")} action={actions.dismiss} hidden={base} submitLabel={t("dismiss")} success={t("dismissed")} secondary>
          {(state) => (
            <Field id={`dismiss-${claim.id}`} label={t("reason")} errors={fieldErrors(state, "reason")}>
              {(aria) => <input {...aria} name="reason" defaultValue={keptValue(state, "reason")} />}
            </Field>
          )}
        </ActionForm>
      )}
    </details>
  );
}
