"use client";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { queueHref } from "@/lib/review/claim-queue";

/**
 * The queue's filter form. Without JavaScript it is a plain GET form; with
 * it, choosing a value applies at once and the URL keeps only the
 * parameters that are set, so a view can be shared by copying the address.
 */
export function QueueFilterForm({ base, label, children }: { base: string; label: string; children: ReactNode }) {
  const router = useRouter();
  const apply = (form: HTMLFormElement) => {
    const values: Record<string, string> = {};
    for (const [k, v] of new FormData(form)) if (typeof v === "string") values[k] = v.trim();
    router.push(queueHref(base, {}, values), { scroll: false });
  };
  return (
    <form
      method="get"
      action={base}
      role="search"
      aria-label={label}
      className="queue-filters"
      onSubmit={(e) => {
        e.preventDefault();
        apply(e.currentTarget);
      }}
      onChange={(e) => {
        if (e.target instanceof HTMLSelectElement) apply(e.currentTarget);
      }}
    >
      {children}
    </form>
  );
}
