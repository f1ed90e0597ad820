"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { FormAction } from "@/lib/auth/mutation";
import { Field, FormStatus, fieldErrors, keptValue } from "./field";

export function ImportArticleForm({ action, maxUploadBytes }: { action: FormAction; maxUploadBytes: number }) {
  const t = useTranslations("import");
  const [state, formAction, pending] = useActionState(action, null);
  const [fileError, setFileError] = useState<string | null>(null);
  const kept = (name: string) => keptValue(state, name);
  return (
    <form
      action={formAction}
      className="stacked"
      aria-label={t("formLabel")}
      noValidate
      onSubmit={(e) => {
        if (fileError) e.preventDefault(); // an oversized file never leaves the browser
      }}
    >
      <Field id="article-title" label={t("title")} errors={fieldErrors(state, "title")} hint={t("titleHint")}>
        {(aria) => <input {...aria} name="title" defaultValue={kept("title")} />}
      </Field>
      <Field id="article-body" label={t("body")} errors={fieldErrors(state, "body")}>
        {(aria) => <textarea {...aria} name="body" rows={12} defaultValue={kept("body")} />}
      </Field>
      <Field id="article-file" label={t("file")} errors={[...(fileError ? [fileError] : []), ...fieldErrors(state, "file")]} hint={t("fileHint")}>
        {(aria) => (
          <input
            {...aria}
            name="file"
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              setFileError(f && f.size > maxUploadBytes ? t("tooBig", { size: (f.size / 1048576).toFixed(1), limit: maxUploadBytes / 1048576 }) : null);
            }}
          />
        )}
      </Field>
      <Field id="article-language" label={t("language")} errors={fieldErrors(state, "language")}>
        {(aria) => (
          <select {...aria} name="language" defaultValue={kept("language") ?? ""}>
            <option value="">{t("detect")}</option>
            <option value="pt">{t("portuguese")}</option>
            <option value="en">{t("english")}</option>
          </select>
        )}
      </Field>
      <Field id="article-url" label={t("url")} errors={fieldErrors(state, "url")}>
        {(aria) => <input {...aria} name="url" type="url" defaultValue={kept("url")} placeholder="https://" />}
      </Field>
      <Field id="article-publisher" label={t("publisher")} errors={fieldErrors(state, "publisher")}>
        {(aria) => <input {...aria} name="publisher" defaultValue={kept("publisher")} />}
      </Field>
      <Field id="article-date" label={t("date")} errors={fieldErrors(state, "publishedAt")}>
        {(aria) => <input {...aria} name="publishedAt" type="date" defaultValue={kept("publishedAt")} />}
      </Field>
      <FormStatus state={state} success={t("done")} name={t("statusLabel")} />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? t("pending") : t("submit")}
        </button>
      </div>
    </form>
  );
}
