import type { WorkspaceClaim } from "@/lib/review/queries";
import { stanceLabels, stanceSchema } from "@/lib/schemas/source";

export function SourceList({ sources }: { sources: WorkspaceClaim["sources"] }) {
  if (sources.length === 0) return <p className="muted">No sources yet. Add the evidence you used below.</p>;
  return (
    <ul className="sources" aria-label="Sources">
      {sources.map((s) => {
        const stance = stanceSchema.safeParse(s.stance);
        return (
          <li key={s.id}>
            <a href={s.url} rel="noopener noreferrer nofollow" target="_blank">
              {s.title}
            </a>
            <div className="claim-meta">
              <span className="badge">{stance.success ? stanceLabels[stance.data] : s.stance}</span>
              {s.publisher ? <span>{s.publisher}</span> : null}
              {s.archiveUrl ? (
                <a href={s.archiveUrl} rel="noopener noreferrer nofollow" target="_blank">
                  Archived copy
                </a>
              ) : null}
              <span>Added by {s.addedBy?.name ?? "unknown"}</span>
            </div>
            {s.excerpt ? <blockquote>{s.excerpt}</blockquote> : null}
          </li>
        );
      })}
    </ul>
  );
}
