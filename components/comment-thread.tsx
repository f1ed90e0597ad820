"use client";
import { useActionState, useOptimistic } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { FormAction, FormState } from "@/lib/auth/mutation";
import { Field, FormStatus, fieldErrors, keptValue } from "./forms/field";

export interface ThreadComment {
  id: string;
  body: string;
  createdAt: Date;
  author: { name: string } | null;
  pending?: boolean;
}

/**
 * A claim's comments. A new comment shows at once (optimistic, marked as
 * sending); the server's answer replaces it when the page revalidates, or
 * it disappears again with the error and the text kept in the box.
 */
export function CommentThread({ claimId, comments, me, action }: { claimId: string; comments: ThreadComment[]; me: string; action: FormAction }) {
  const t = useTranslations("comments");
  const format = useFormatter();
  const [shown, addShown] = useOptimistic(comments, (list: ThreadComment[], added: ThreadComment) => [...list, added]);
  const [state, formAction, pending] = useActionState(async (prev: FormState, form: FormData) => {
    const body = String(form.get("body") ?? "").trim();
    if (body) addShown({ id: `pending-${Date.now()}`, body, createdAt: new Date(), author: { name: me }, pending: true });
    return action(prev, form);
  }, null);
  return (
    <section aria-labelledby="comments-title">
      <h3 id="comments-title">{t("title", { count: comments.length })}</h3>
      {shown.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <ol className="comments" aria-label={t("listLabel")}>
          {shown.map((c) => (
            <li key={c.id} aria-busy={c.pending ? true : undefined}>
              <p className="comment-meta">
                <strong>{c.author?.name ?? t("someone")}</strong> ·{" "}
                {c.pending ? <span>{t("sending")}</span> : <time dateTime={c.createdAt.toISOString()}>{format.dateTime(c.createdAt, { dateStyle: "medium", timeStyle: "short" })} UTC</time>}
              </p>
              <p className="comment-body">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form action={formAction} className="stacked" aria-label={t("formLabel")} noValidate>
        <input type="hidden" name="claimId" value={claimId} />
        <Field id="comment-body" label={t("add")} errors={fieldErrors(state, "body")}>
          {(aria) => <textarea {...aria} name="body" rows={3} defaultValue={keptValue(state, "body")} />}
        </Field>
        <FormStatus state={state} success={t("added")} name={t("statusLabel")} />
        <div>
          <button type="submit" disabled={pending}>
            {t("submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
