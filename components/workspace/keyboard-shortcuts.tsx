"use client";
import { useParams, useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";

const typing = (el: Element | null) =>
  !!el && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el as HTMLElement).isContentEditable);

/**
 * The workspace's keys. Reads the queue from the DOM (the rows the queue
 * shows, in order), so it holds no copy of the claims. The open claim is
 * the URL's `claimId` segment.
 */
export function KeyboardShortcuts() {
  const t = useTranslations("keys");
  const activeClaimId = useParams<{ claimId?: string }>().claimId ?? null;
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  /** set when j / k moved: the new claim's panel gets the focus once it has rendered */
  const focusPanel = useRef(false);

  useEffect(() => {
    if (!activeClaimId) return;
    const sidebar = document.getElementById("workspace-sidebar");
    if (sidebar) sidebar.scrollTop = 0;
    if (focusPanel.current) {
      focusPanel.current = false;
      document.getElementById("claim-panel-title")?.focus({ preventScroll: true });
    }
  }, [activeClaimId]);

  useEffect(() => {
    const links = () => [...document.querySelectorAll<HTMLAnchorElement>("[data-claim-link]")];
    const move = (step: number) => {
      const all = links();
      if (all.length === 0) return;
      const at = all.findIndex((a) => a.dataset.claimLink === activeClaimId);
      // past the last rendered row of a long queue: render more, then move
      const more = document.getElementById("queue-show-more");
      if (step > 0 && at === all.length - 1 && more) {
        more.click();
        setTimeout(() => move(step), 0);
        return;
      }
      const next = all[at === -1 ? (step > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, at + step))]!;
      if (next.dataset.claimLink === activeClaimId) return;
      focusPanel.current = true;
      router.push(next.getAttribute("href")!, { scroll: false });
    };
    const focus = (id: string) => {
      const el = document.getElementById(id);
      if (!el) return false;
      el.scrollIntoView({ block: "center" });
      el.focus({ preventScroll: true });
      return true;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (dialog.current?.open) return;
      if (e.key === "Escape" && typing(document.activeElement)) {
        (document.activeElement as HTMLElement).blur();
        return;
      }
      if (typing(document.activeElement)) return;
      if (e.key === "j") move(1);
      else if (e.key === "k") move(-1);
      else if (e.key === "s") {
        if (!focus("source-url")) return;
      } else if (e.key === "/") {
        if (!focus("queue-search")) return;
      } else if (e.key === "?") {
        opener.current = document.activeElement;
        dialog.current?.showModal();
      } else if (/^[1-9]$/.test(e.key)) {
        const select = document.getElementById("verdict-rating");
        if (!(select instanceof HTMLSelectElement)) return;
        const n = Number(e.key);
        if (n >= select.options.length) return;
        select.selectedIndex = n; // option 0 is "Choose a verdict…"
        select.dispatchEvent(new Event("change", { bubbles: true }));
        focus("verdict-rationale");
      } else return;
      e.preventDefault();
    };
    // One delegated handler for every claim link (queue rows and highlights):
    // a client-side navigation without a <Link> per row. Highlights are
    // rendered without the queue's filters, so they take the current ones.
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest?.("a[data-claim-link], a[data-claim-highlight]");
      if (!(a instanceof HTMLAnchorElement)) return;
      e.preventDefault();
      const href = a.getAttribute("href")!;
      router.push(a.dataset.claimHighlight && !href.includes("?") ? `${href}${window.location.search}` : href, { scroll: false });
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, [activeClaimId, router]);

  const rows: [string, string][] = [
    ["j", t("next")],
    ["k", t("previous")],
    ["1 – 9", t("verdict")],
    ["Ctrl + Enter", t("saveVerdict")],
    ["s", t("addSource")],
    ["/", t("search")],
    ["Esc", t("leaveField")],
    ["?", t("help")],
  ];
  return (
    <>
      <p className="muted keys-hint">
        <button type="button" className="linklike" onClick={() => dialog.current?.showModal()} aria-keyshortcuts="?">
          {t("open")}
        </button>
      </p>
      <dialog
        ref={dialog}
        aria-labelledby="keys-title"
        className="keys-dialog"
        onClose={() => {
          if (opener.current instanceof HTMLElement) opener.current.focus();
        }}
      >
        <h2 id="keys-title">{t("title")}</h2>
        <table>
          <caption className="muted">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("key")}</th>
              <th scope="col">{t("action")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([k, what]) => (
              <tr key={k}>
                <td>
                  <kbd>{k}</kbd>
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{t("explicitSave")}</p>
        <form method="dialog">
          <button type="submit" autoFocus>
            {t("close")}
          </button>
        </form>
      </dialog>
    </>
  );
}
