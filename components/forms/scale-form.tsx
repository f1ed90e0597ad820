"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/auth/mutation";
import { MAX_SCALE_RATINGS } from "@/lib/schemas/scale";
import { Field, FormStatus, fieldErrors, keptValue } from "./field";

interface Row {
  id: string;
  labelEn: string;
  labelPt: string;
  color: string;
  offScale: boolean;
}

/**
 * A custom scale (or an existing one, to edit): a name and up to
 * MAX_SCALE_RATINGS rows, best rating first. Empty rows are ignored;
 * clearing a row's labels removes that rating (if no verdict uses it).
 */
export function ScaleForm({ action, scale }: { action: FormAction; scale: { id: string; name: string; ratings: Row[] } | null }) {
  const t = useTranslations("scales");
  const [state, formAction, pending] = useActionState(action, null);
  const rows: Row[] = Array.from({ length: MAX_SCALE_RATINGS }, (_, i) => scale?.ratings[i] ?? { id: "", labelEn: "", labelPt: "", color: "#6b7280", offScale: false });
  const kept = (name: string, fallback: string) => keptValue(state, name) ?? fallback;
  return (
    <form action={formAction} className="stacked" aria-label={t("formLabel")} noValidate>
      <input type="hidden" name="scaleId" value={scale?.id ?? ""} />
      <Field id="scale-name" label={t("name")} errors={fieldErrors(state, "name")}>
        {(aria) => <input {...aria} name="name" defaultValue={kept("name", scale?.name ?? "")} />}
      </Field>
      <table className="scale-rows">
        <caption>{t("rowsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t("labelEn")}</th>
            <th scope="col">{t("labelPt")}</th>
            <th scope="col">{t("color")}</th>
            <th scope="col">{t("offScale")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              <td>
                <input type="hidden" name={`ratings.${i}.id`} value={r.id} />
                <input name={`ratings.${i}.labelEn`} aria-label={t("rowLabelEn", { n: i + 1 })} defaultValue={kept(`ratings.${i}.labelEn`, r.labelEn)} lang="en" />
              </td>
              <td>
                <input name={`ratings.${i}.labelPt`} aria-label={t("rowLabelPt", { n: i + 1 })} defaultValue={kept(`ratings.${i}.labelPt`, r.labelPt)} lang="pt-BR" />
              </td>
              <td>
                <input type="color" name={`ratings.${i}.color`} aria-label={t("rowColor", { n: i + 1 })} defaultValue={kept(`ratings.${i}.color`, r.color)} />
              </td>
              <td>
                <input type="checkbox" name={`ratings.${i}.offScale`} aria-label={t("rowOffScale", { n: i + 1 })} defaultChecked={r.offScale} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {fieldErrors(state, "ratings").length ? <p className="field-error">{fieldErrors(state, "ratings").join(" ")}</p> : null}
      <FormStatus state={state} success={t("saved")} name={t("statusLabel")} />
      <div>
        <button type="submit" disabled={pending}>
          {scale ? t("saveEdit") : t("saveNew")}
        </button>
      </div>
    </form>
  );
}
