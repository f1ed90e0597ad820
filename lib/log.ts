/**
 * Structured logs: one JSON object per line on stdout (info) or stderr
 * (warn, error), with a timestamp, so any log collector can parse them.
 */
export type LogLevel = "info" | "warn" | "error";

export function logEvent(level: LogLevel, event: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  if (level === "info") console.log(line);
  else console.error(line);
}
