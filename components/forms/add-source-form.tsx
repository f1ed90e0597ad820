"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction } from "@/lib/auth/mutation";
import { stances } from "@/lib/schemas/source";
import { Field, FormStatus, fieldErrors, keptValue } from "./field";

export function AddSourceForm({ claimId, action }: { claimId: string; action: FormAction }) {
  const t = useTranslations("source");
  const [state, formAction, pending] = useActionState(action, null);
  const kept = (name: string) => keptValue(state, name);
  return (
    <form action={formAction} className="stacked" aria-label={t("formLabel")} noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <Field id="source-url" label={t("url")} errors={fieldErrors(state, "url")}>
        {(aria) => <input {...aria} name="url" type="url" inputMode="url" aria-keyshortcuts="s" defaultValue={kept("url")} placeholder="https://" required />}
      </Field>
      <Field id="source-title" label={t("title")} errors={fieldErrors(state, "title")}>
        {(aria) => <input {...aria} name="title" defaultValue={kept("title")} required />}
      </Field>
      <Field id="source-publisher" label={t("publisher")} errors={fieldErrors(state, "publisher")}>
        {(aria) => <input {...aria} name="publisher" defaultValue={kept("publisher")} />}
      </Field>
      <Field id="source-excerpt" label={t("excerpt")} errors={fieldErrors(state, "excerpt")} hint={t("excerptHint")}>
        {(aria) => <textarea {...aria} name="excerpt" rows={3} defaultValue={kept("excerpt")} />}
      </Field>
      <Field id="source-stance" label={t("stance")} errors={fieldErrors(state, "stance")}>
        {(aria) => (
          <select {...aria} name="stance" defaultValue={kept("stance") ?? "supports"}>
            {stances.map((s) => (
              <option key={s} value={s}>
                {t(`stances.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="source-archive" label={t("archive")} errors={fieldErrors(state, "archiveUrl")} hint={t("archiveHint")}>
        {(aria) => <input {...aria} name="archiveUrl" type="url" defaultValue={kept("archiveUrl")} />}
      </Field>
      <FormStatus state={state} success={t("added")} name={t("statusLabel")} />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? t("adding") : t("submit")}
        </button>
      </div>
    </form>
  );
}
