import type { TimelineEvent } from "@/lib/review/claim-timeline";

const actionWords: Record<string, string> = {
  "source.add": "added a source",
  "verdict.propose": "proposed a verdict",
  "verdict.approve": "approved the verdict and published the claim",
  "claim.update": "edited the claim",
  "claim.create": "added the claim",
  "claim.dismiss": "dismissed the claim",
  "comment.add": "commented",
};

const time = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function ClaimTimeline({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return <p className="muted">No changes recorded yet.</p>;
  return (
    <ol className="timeline" aria-label="Timeline">
      {events.map((e) => (
        <li key={e.id}>
          <time dateTime={e.at.toISOString()}>{time.format(e.at)} UTC</time> — {e.actor ?? "someone"} {actionWords[e.action] ?? e.action}
        </li>
      ))}
    </ol>
  );
}
