/** Percentile of a sample (nearest rank). */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

/** Runs `fn` n times one after the other (after `warmUp` unmeasured runs) and reports p50 / p95 in ms. */
export async function timeMany(n: number, fn: () => Promise<unknown>, warmUp = 0): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmUp; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}
