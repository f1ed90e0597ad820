"use client";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";

/**
 * The queue's filter form. Without JavaScript it is a plain GET form; with
 * it, choosing a value applies at once and the URL keeps only the
 * parameters that are set, so a view can be shared by copying the address.
 */
export function QueueFilterForm({ base, label, children }: { base: string; label: string; children: ReactNode }) {
  const router = useRouter();
  const apply = (form: HTMLFormElement) => {
    const qs = new URLSearchParams();
    for (const [k, v] of new FormData(form)) {
      if (typeof v === "string" && v.trim() !== "" && !(k === "sort" && v === "position")) qs.set(k, v.trim());
    }
    const s = qs.toString();
    router.push(s ? `${base}?${s}` : base, { scroll: false });
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
