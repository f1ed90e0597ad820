export default function Loading() {
  return (
    <p role="status" aria-live="polite">
      Loading article…
    </p>
  );
}
