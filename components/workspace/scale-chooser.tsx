"use client";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/auth/mutation";
import { ActionForm } from "@/components/forms/action-form";
import { Field, fieldErrors } from "@/components/forms/field";

/** An editor picks the article's rating scale (shown only until the first verdict: the scale is fixed after). */
export function ScaleChooser({ articleId, current, scales, action }: { articleId: string; current: string; scales: { id: string; name: string }[]; action: FormAction }) {
  const t = useTranslations("scales");
  return (
    <details className="scale-chooser">
      <summary>{t("choose")}</summary>
      <ActionForm name={t("chooseLabel")} action={action} hidden={{ articleId }} submitLabel={t("use")} success={t("chosen")} secondary>
        {(state) => (
          <Field id="article-scale" label={t("scale")} errors={fieldErrors(state, "scaleId")} hint={t("chooseHint")}>
            {(aria) => (
              <select {...aria} name="scaleId" defaultValue={current}>
                {scales.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </ActionForm>
    </details>
  );
}
