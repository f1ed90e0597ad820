"use client";
import { useActionState, useState } from "react";
import type { FormAction } from "@/lib/auth/mutation";
import { Field, FormStatus, fieldErrors, keptValue } from "./field";

export function ImportArticleForm({ action, maxUploadBytes }: { action: FormAction; maxUploadBytes: number }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [fileError, setFileError] = useState<string | null>(null);
  const kept = (name: string) => keptValue(state, name);
  return (
    <form
      action={formAction}
      className="stacked"
      aria-label="Import article"
      noValidate
      onSubmit={(e) => {
        if (fileError) e.preventDefault(); // an oversized file never leaves the browser
      }}
    >
      <Field id="article-title" label="Title" errors={fieldErrors(state, "title")} hint="Optional for HTML and Markdown files, which usually carry one.">
        {(aria) => <input {...aria} name="title" defaultValue={kept("title")} />}
      </Field>
      <Field id="article-body" label="Article text" errors={fieldErrors(state, "body")}>
        {(aria) => <textarea {...aria} name="body" rows={12} defaultValue={kept("body")} />}
      </Field>
      <Field id="article-file" label="Or upload a file" errors={[...(fileError ? [fileError] : []), ...fieldErrors(state, "file")]} hint=".txt, .md or .html, UTF-8, up to 5 MB.">
        {(aria) => (
          <input
            {...aria}
            name="file"
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              setFileError(f && f.size > maxUploadBytes ? `The file is ${(f.size / 1048576).toFixed(1)} MB; the limit is ${maxUploadBytes / 1048576} MB` : null);
            }}
          />
        )}
      </Field>
      <Field id="article-language" label="Language" errors={fieldErrors(state, "language")}>
        {(aria) => (
          <select {...aria} name="language" defaultValue={kept("language") ?? ""}>
            <option value="">Detect automatically</option>
            <option value="pt">Portuguese</option>
            <option value="en">English</option>
          </select>
        )}
      </Field>
      <Field id="article-url" label="Article URL" errors={fieldErrors(state, "url")}>
        {(aria) => <input {...aria} name="url" type="url" defaultValue={kept("url")} placeholder="https://" />}
      </Field>
      <Field id="article-publisher" label="Publisher" errors={fieldErrors(state, "publisher")}>
        {(aria) => <input {...aria} name="publisher" defaultValue={kept("publisher")} />}
      </Field>
      <Field id="article-date" label="Publication date" errors={fieldErrors(state, "publishedAt")}>
        {(aria) => <input {...aria} name="publishedAt" type="date" defaultValue={kept("publishedAt")} />}
      </Field>
      <FormStatus state={state} success="Article imported." name="Import status" />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Importing…" : "Import and extract claims"}
        </button>
      </div>
    </form>
  );
}
