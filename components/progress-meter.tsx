export function ProgressMeter({ done, total, label }: { done: number; total: number; label: string }) {
  return (
    <span className="progress">
      <progress value={done} max={Math.max(total, 1)} aria-label={label} />
      <span>
        {done} / {total} reviewed
      </span>
    </span>
  );
}
