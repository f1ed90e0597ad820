"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import type { FormAction } from "@/lib/auth/mutation";
import { FormStatus } from "@/components/forms/field";

/**
 * Wraps the article text: when the reader selects words in it, a toolbar
 * offers to add the selection as a claim. Offsets are counted over the
 * rendered text, which is the stored body character for character.
 */
export function SelectionToClaim({ articleId, action, children }: { articleId: string; action: FormAction; children: ReactNode }) {
  const container = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<{ start: number; end: number; text: string } | null>(null);
  const t = useTranslations("selection");
  const [state, formAction, pending] = useActionState(action, null);

  useEffect(() => {
    const onChange = () => {
      const sel = document.getSelection();
      const root = container.current;
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !root) return setSelection(null);
      const range = sel.getRangeAt(0);
      if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return setSelection(null);
      const before = document.createRange();
      before.selectNodeContents(root);
      before.setEnd(range.startContainer, range.startOffset);
      const start = before.toString().length;
      const text = range.toString();
      if (text.trim() === "") return setSelection(null);
      setSelection({ start, end: start + text.length, text });
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, []);

  return (
    <div>
      <div ref={container}>{children}</div>
      <form action={formAction} className="selection-bar" aria-label={t("formLabel")}>
        <input type="hidden" name="articleId" value={articleId} />
        <input type="hidden" name="start" value={selection?.start ?? ""} />
        <input type="hidden" name="end" value={selection?.end ?? ""} />
        <span aria-live="polite">
          {selection ? t("selected", { text: selection.text.length > 80 ? `${selection.text.slice(0, 80)}…` : selection.text }) : t("hint")}
        </span>
        <button type="submit" disabled={!selection || pending}>
          {t("submit")}
        </button>
        <FormStatus state={state} success={t("added")} name={t("statusLabel")} />
      </form>
    </div>
  );
}
