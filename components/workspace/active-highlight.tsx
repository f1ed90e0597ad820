"use client";
import { useParams } from "next/navigation";
import { useEffect } from "react";

/**
 * Marks the open claim's highlight in the article text and brings it into
 * view. The text is rendered once on the server for the whole article (it
 * does not know which claim is open), so the mark follows the URL here
 * instead of re-rendering thousands of highlights.
 */
export function ActiveHighlight() {
  const claimId = useParams<{ claimId?: string }>().claimId ?? null;
  useEffect(() => {
    if (!claimId) return;
    // the highlight's link carries the claim id (no id attribute on a thousand marks)
    const link = document.querySelector(`a[data-claim-highlight="${CSS.escape(claimId)}"]`);
    const mark = link?.closest("mark");
    if (!link || !mark) return;
    mark.classList.add("active");
    link.setAttribute("aria-current", "true");
    mark.scrollIntoView({ block: "center" });
    return () => {
      mark.classList.remove("active");
      link.removeAttribute("aria-current");
    };
  }, [claimId]);
  return null;
}
